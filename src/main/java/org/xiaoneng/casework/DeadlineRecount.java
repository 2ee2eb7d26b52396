package org.xiaoneng.casework;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.calendar.CalendarChanged;
import org.xiaoneng.calendar.DeadlineWarning;
import org.xiaoneng.common.ModuleListener;

/**
 * A holiday calendar changed, or the application started with another deadline warning in its settings: the running
 * cases it may concern have their deadline status and its next day worked out again by the next sweep (decisions 0051
 * and 0057), as the sweep did when it checked every case.
 */
@Component
class DeadlineRecount {

	private final CaseClock clock;

	private final CaseworkSettings settings;

	private final TransactionTemplate transactions;

	DeadlineRecount(CaseClock clock, CaseworkSettings settings, TransactionTemplate transactions) {
		this.clock = clock;
		this.settings = settings;
		this.transactions = transactions;
	}

	@ModuleListener
	void on(CalendarChanged changed) {
		clock.recountAfter(changed);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		recountIfChanged(settings.warning());
	}

	/** The warning remembered and the cases made due commit together; returns how many cases were made due. */
	int recountIfChanged(DeadlineWarning warning) {
		Integer due = transactions.execute(status -> clock.recountIfChanged(warning));
		return due == null ? 0 : due;
	}
}
