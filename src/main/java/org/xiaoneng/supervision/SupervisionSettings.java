package org.xiaoneng.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long cards may be appealed. (When their text messages go out is the calendar's office hours.)
 *
 * @param appealWorkingDays a holder appeals a card within this many working days of its issue
 */
@ConfigurationProperties("xiaoneng.supervision")
record SupervisionSettings(@DefaultValue("5") int appealWorkingDays) {

	SupervisionSettings {
		if (appealWorkingDays < 1) {
			throw new IllegalArgumentException("an appeal needs at least one working day");
		}
	}
}
