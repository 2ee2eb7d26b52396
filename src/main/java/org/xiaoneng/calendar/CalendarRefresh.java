package org.xiaoneng.calendar;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's calendars in step with the database. The event publication registry delivers
 * {@link CalendarChanged} only to listeners of the node that published it, so in a cluster every node also compares
 * the stored revision with its own every minute (one indexed single-row read) and rebuilds when it is behind. No
 * scheduler lock: every node must run it.
 */
@Component
class CalendarRefresh {

	private final CalendarTables tables;

	CalendarRefresh(CalendarTables tables) {
		this.tables = tables;
	}

	@ApplicationModuleListener
	void on(CalendarChanged changed) {
		tables.refreshIfStale();
	}

	@Scheduled(fixedDelayString = "${xiaoneng.calendar.refresh-interval:60s}")
	void check() {
		tables.refreshIfStale();
	}
}
