package org.xiaoneng.casework;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.CalendarChanged;
import org.xiaoneng.common.ModuleListener;

/**
 * A holiday calendar changed: the running cases it may concern have their deadline status and its next day worked
 * out again by the next sweep with the new calendar (decision 0051), as the sweep did when it checked every case.
 */
@Component
class DeadlineRecount {

	private final CaseClock clock;

	DeadlineRecount(CaseClock clock) {
		this.clock = clock;
	}

	@ModuleListener
	void on(CalendarChanged changed) {
		clock.recountAfter(changed);
	}
}
