package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import org.xiaoneng.common.Clocks;

/**
 * A card's facts are stored as the values its rule's sentence needs ({@code supervision.rule.<CODE>.facts} in the
 * bundles), not as a sentence, so that each reader sees them in their own language.
 */
final class Facts {

	private static final String SEPARATOR = "|";

	private Facts() {
	}

	/** The values, dates as ISO dates and instants as the business day's date and time. */
	static String of(Object... values) {
		return String.join(SEPARATOR, Arrays.stream(values).map(Facts::plain).toList());
	}

	/** The values back, as the sentence's arguments. */
	static Object[] arguments(String facts) {
		return facts == null || facts.isEmpty() ? new Object[0] : facts.split("\\" + SEPARATOR, -1);
	}

	private static String plain(Object value) {
		if (value instanceof Instant instant) {
			return instant.atZone(Clocks.BUSINESS_ZONE).toLocalDateTime().withSecond(0).withNano(0).toString()
				.replace('T', ' ');
		}
		return value instanceof LocalDate date ? date.toString() : String.valueOf(value).replace(SEPARATOR, "/");
	}
}
