package org.xiaoneng.supervision.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.supervision.CardView;

/** The card register's workbook: the card list's columns with their headers from the bundle, one row per card. */
@Component
class CardRegisterWorkbook {

	private static final List<String> COLUMNS = List.of("colour", "rule", "object", "facts", "holder", "state",
			"raisedAt", "feedbackDue");

	private final Documents documents;

	private final MessageSource messages;

	CardRegisterWorkbook(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	byte[] of(List<CardView> cards, Locale locale) {
		List<String> headers = COLUMNS.stream().map(column -> text("supervision.field." + column, locale)).toList();
		List<List<Object>> rows = cards.stream()
			.map(c -> Arrays.<Object>asList(text("supervision.colour." + c.colour(), locale), c.ruleName(),
					text("supervision.object." + c.objectType(), locale) + " " + c.objectLabel(), c.facts(),
					c.holderName(), text("supervision.card.state." + c.state(), locale), c.raisedAt(), c.feedbackDue()))
			.toList();
		return documents.excel(text("supervision.nav.cards", locale), headers, rows);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
