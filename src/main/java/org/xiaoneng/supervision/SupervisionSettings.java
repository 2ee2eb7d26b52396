package org.xiaoneng.supervision;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How cards reach people and how long they may be appealed.
 *
 * @param officeHoursStart text messages about cards are sent from this time on working days
 * @param officeHoursEnd and until this time; outside, they wait for the next opening
 * @param appealWorkingDays a holder appeals a card within this many working days of its issue
 */
@ConfigurationProperties("xiaoneng.supervision")
record SupervisionSettings(@DefaultValue("08:30") LocalTime officeHoursStart,
		@DefaultValue("17:30") LocalTime officeHoursEnd, @DefaultValue("5") int appealWorkingDays) {

	SupervisionSettings {
		if (!officeHoursStart.isBefore(officeHoursEnd) || appealWorkingDays < 1) {
			throw new IllegalArgumentException(
					"office hours must start before they end and an appeal needs at least one working day");
		}
	}

	/** Whether the time of day lies within office hours. */
	boolean inOfficeHours(LocalTime time) {
		return !time.isBefore(officeHoursStart) && time.isBefore(officeHoursEnd);
	}
}
