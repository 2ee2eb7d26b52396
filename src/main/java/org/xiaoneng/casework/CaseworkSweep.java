package org.xiaoneng.casework;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every five minutes, on one node of the cluster: acceptance by law where no notice came within 5 days, deadline
 * statuses turning yellow and red, handovers not signed for the same working day. Each part goes on past a row that
 * fails, and the run is recorded with its counts.
 */
@Component
class CaseworkSweep {

	private final Cases cases;

	private final Sweeps sweeps;

	CaseworkSweep(Cases cases, Sweeps sweeps) {
		this.cases = cases;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 */5 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = Cases.SWEEP, lockAtMostFor = "PT10M", lockAtLeastFor = "PT2M")
	void run() {
		sweeps.run(Cases.SWEEP, () -> cases.acceptWhereNoticePeriodPassed()
			.plus(cases.markDeadlineStatuses())
			.plus(cases.flagUnsignedHandovers())
			.plus(cases.reportOverdueExtensionDecisions()));
	}
}
