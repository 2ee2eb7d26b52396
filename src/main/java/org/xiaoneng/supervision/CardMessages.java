package org.xiaoneng.supervision;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a card's notice, the same in the inbox and in a text message; in Chinese, as they are sent. */
@Component
class CardMessages {

	private final MessageSource messages;

	CardMessages(MessageSource messages) {
		this.messages = messages;
	}

	String subject(Card card) {
		return text("supervision.notice.subject", text("supervision.colour." + card.colour().name()),
				text("supervision.rule." + card.rule().code() + ".name"));
	}

	String body(Card card) {
		return card.feedbackDue() == null
				? text("supervision.notice.body.noDeadline", card.subject().label(), facts(card))
				: text("supervision.notice.body", card.subject().label(), facts(card), card.feedbackDue());
	}

	private String facts(Card card) {
		return text("supervision.rule." + card.rule().code() + ".facts", Facts.arguments(card.facts()));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
