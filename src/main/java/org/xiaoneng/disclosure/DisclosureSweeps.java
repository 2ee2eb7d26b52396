package org.xiaoneng.disclosure;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every night, on one node of the cluster, raises the items that missed their due day. */
@Component
class DisclosureSweeps {

	static final String OVERDUE = "disclosure.overdue";

	private final ItemPublishing publishing;

	private final Sweeps sweeps;

	DisclosureSweeps(ItemPublishing publishing, Sweeps sweeps) {
		this.publishing = publishing;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 30 0 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = OVERDUE, lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void raiseOverdue() {
		sweeps.run(OVERDUE, () -> new SweepCount(publishing.raiseOverdue(), 0));
	}
}
