package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of a card's notice, the same in the inbox and in a text message; in Chinese, as they are sent. */
@Component
class CardMessages {

	/** A notice of several cards names this many of their cases, then says how many there are. */
	static final int DIGEST_LABELS = 3;

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

	/** The subject of one notice of several cards issued together. */
	String digestSubject(List<Card> cards) {
		return text("supervision.notice.digest.subject", cards.size());
	}

	/** One notice of several cards: how many of each colour, the first few cases, the earliest feedback deadline. */
	String digestBody(List<Card> cards) {
		Map<CardColour, Long> colours = cards.stream()
			.collect(Collectors.groupingBy(Card::colour, () -> new EnumMap<>(CardColour.class), Collectors.counting()));
		List<String> labels = cards.stream().map(card -> card.subject().label()).distinct().toList();
		String about = labels.size() <= DIGEST_LABELS ? String.join("、", labels)
				: text("supervision.notice.digest.more", String.join("、", labels.subList(0, DIGEST_LABELS)),
						labels.size());
		LocalDate first = cards.stream().map(Card::feedbackDue).filter(Objects::nonNull).min(Comparator.naturalOrder())
			.orElse(null);
		return text("supervision.notice.digest.body", cards.size(), colours.getOrDefault(CardColour.WARNING, 0L),
				colours.getOrDefault(CardColour.YELLOW, 0L), colours.getOrDefault(CardColour.RED, 0L), about, first);
	}

	private String facts(Card card) {
		return text("supervision.rule." + card.rule().code() + ".facts", Facts.arguments(card.facts()));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
