package org.xiaoneng.calendar;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.ModuleListener;

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

	@ModuleListener
	void on(CalendarChanged changed) {
		tables.refreshIfStale();
	}

	@Scheduled(fixedDelayString = "${xiaoneng.calendar.refresh-interval:60s}")
	void check() {
		tables.refreshIfStale();
	}
}
