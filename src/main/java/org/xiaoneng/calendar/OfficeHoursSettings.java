package org.xiaoneng.calendar;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office hours of the region's units on their working days: when text messages to staff go out (others wait for
 * the next opening).
 *
 * @param start office hours start at this time
 * @param end and end at this time
 */
@ConfigurationProperties("xiaoneng.calendar.office-hours")
record OfficeHoursSettings(@DefaultValue("08:30") LocalTime start, @DefaultValue("17:30") LocalTime end) {

	OfficeHoursSettings {
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("office hours must start before they end");
		}
	}
}
