package org.xiaoneng.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A feedback as the item's editors see it; the portal shows only those whose author agreed, without name and contact.
 *
 * @param id the feedback
 * @param itemId the item it is about
 * @param itemTitle the item's title
 * @param text what was written
 * @param authorName how the author wants to be addressed, if given (editors only)
 * @param contact where to answer, if given (editors only)
 * @param shownPublicly whether its author agreed to show it on the portal
 * @param receivedAt when it came in
 * @param answerBy the last working day for its answer
 * @param answer the answer, once given
 * @param answeredAt when it was answered
 * @param answeredBy who answered
 * @param overdue whether it waits past its answer-by day
 */
public record FeedbackView(long id, long itemId, String itemTitle, String text, String authorName, String contact,
		boolean shownPublicly, Instant receivedAt, LocalDate answerBy, String answer, Instant answeredAt,
		String answeredBy, boolean overdue) {

	static FeedbackView of(ItemFeedback feedback, String itemTitle, LocalDate today) {
		return new FeedbackView(feedback.idOrNull(), feedback.itemId(), itemTitle, feedback.text(),
				feedback.authorName(), feedback.contact(), feedback.shownPublicly(), feedback.receivedAt(),
				feedback.answerBy(), feedback.answer(), feedback.answeredAt(), feedback.answeredBy(),
				feedback.overdue(today));
	}

	/** The same without who wrote it, as the portal shows it. */
	FeedbackView anonymous() {
		return new FeedbackView(id, itemId, itemTitle, text, null, null, shownPublicly, receivedAt, answerBy, answer,
				answeredAt, null, overdue);
	}
}
