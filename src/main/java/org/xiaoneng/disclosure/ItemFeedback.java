package org.xiaoneng.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 意见建议: what someone of the public wrote on a published item. An editor of the item's unit answers it once, by its
 * answer-by day (the configured working days after it came in, counted in the unit's calendar); unanswered after that
 * day it is overdue. Its text and answer are shown on the portal only when its author agreed.
 */
class ItemFeedback {

	/** The longest text taken, so that one visitor cannot fill the page or the database. */
	static final int TEXT_MAX = 1000;

	/** The longest answer. */
	static final int ANSWER_MAX = 2000;

	private Long id;

	private final long itemId;

	private final long unitId;

	private final String text;

	private final String authorName;

	private final String contact;

	private final boolean shownPublicly;

	private final Instant receivedAt;

	private final LocalDate answerBy;

	private String answer;

	private Instant answeredAt;

	private String answeredBy;

	private final int version;

	ItemFeedback(Long id, long itemId, long unitId, String text, String authorName, String contact,
			boolean shownPublicly, Instant receivedAt, LocalDate answerBy, String answer, Instant answeredAt,
			String answeredBy, int version) {
		this.id = id;
		this.itemId = itemId;
		this.unitId = unitId;
		this.text = text;
		this.authorName = authorName;
		this.contact = contact;
		this.shownPublicly = shownPublicly;
		this.receivedAt = receivedAt;
		this.answerBy = answerBy;
		this.answer = answer;
		this.answeredAt = answeredAt;
		this.answeredBy = answeredBy;
		this.version = version;
	}

	/** Takes the public's text on a published item; refused blank or over {@link #TEXT_MAX} characters. */
	static ItemFeedback receive(long itemId, long unitId, NewFeedback feedback, Instant now, LocalDate answerBy) {
		String text = feedback.text() == null ? "" : feedback.text().strip();
		if (text.isEmpty()) {
			throw new DisclosureInputException("disclosure.error.feedbackMissing");
		}
		if (text.length() > TEXT_MAX) {
			throw new DisclosureInputException("disclosure.error.feedbackTooLong", TEXT_MAX, text.length());
		}
		if (length(feedback.authorName()) > 50 || length(feedback.contact()) > 100) {
			throw new DisclosureInputException("disclosure.error.feedbackContactTooLong");
		}
		return new ItemFeedback(null, itemId, unitId, text, blankToNull(feedback.authorName()),
				blankToNull(feedback.contact()), feedback.shownPublicly(), now, answerBy, null, null, null, 0);
	}

	/** The editor's answer, once; refused blank, too long or when already answered. */
	void answer(String answerText, String by, Instant now) {
		if (answer != null) {
			throw new DisclosureInputException("disclosure.error.feedbackAnswered", id);
		}
		String text = answerText == null ? "" : answerText.strip();
		if (text.isEmpty()) {
			throw new DisclosureInputException("disclosure.error.answerTextMissing");
		}
		if (text.length() > ANSWER_MAX) {
			throw new DisclosureInputException("disclosure.error.answerTooLong", ANSWER_MAX);
		}
		this.answer = text;
		this.answeredAt = now;
		this.answeredBy = by;
	}

	/** Whether it waits for its answer past its answer-by day. */
	boolean overdue(LocalDate today) {
		return answer == null && today.isAfter(answerBy);
	}

	private static int length(String text) {
		return text == null ? 0 : text.strip().length();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	void saved(long newId) {
		if (id != null) {
			throw new IllegalStateException("feedback " + id + " was saved already");
		}
		this.id = newId;
	}

	Long idOrNull() {
		return id;
	}

	long itemId() {
		return itemId;
	}

	long unitId() {
		return unitId;
	}

	String text() {
		return text;
	}

	String authorName() {
		return authorName;
	}

	String contact() {
		return contact;
	}

	boolean shownPublicly() {
		return shownPublicly;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	LocalDate answerBy() {
		return answerBy;
	}

	String answer() {
		return answer;
	}

	Instant answeredAt() {
		return answeredAt;
	}

	String answeredBy() {
		return answeredBy;
	}

	int version() {
		return version;
	}
}
