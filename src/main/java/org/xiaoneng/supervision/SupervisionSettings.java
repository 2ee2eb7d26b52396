package org.xiaoneng.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long cards may be appealed, and how the deadline sweep's catch-up (a first run, or one after the clock was set
 * back, looks at every watched case) is bounded. (When their text messages go out is the calendar's office hours.)
 *
 * @param appealWorkingDays a holder appeals a card within this many working days of its issue
 * @param catchUpChunk the watched cases a catch-up looks at per transaction
 * @param catchUpTime after this long a run starts no further chunk of a catch-up: the next run goes on
 */
@ConfigurationProperties("xiaoneng.supervision")
record SupervisionSettings(@DefaultValue("5") int appealWorkingDays, @DefaultValue("20000") int catchUpChunk,
		@DefaultValue("PT20S") Duration catchUpTime) {

	SupervisionSettings {
		if (appealWorkingDays < 1) {
			throw new IllegalArgumentException("an appeal needs at least one working day");
		}
		if (catchUpChunk < 1 || catchUpTime.isNegative()) {
			throw new IllegalArgumentException("a catch-up needs chunks of at least one case and a time of zero or more");
		}
	}
}
