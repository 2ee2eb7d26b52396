package org.xiaoneng.casework;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every few minutes, on one node of the cluster: acceptance by law where no notice came within 5 days, deadline
 * statuses turning yellow and red, handovers not signed for the same working day.
 */
@Component
class CaseworkSweep {

	private final Cases cases;

	CaseworkSweep(Cases cases) {
		this.cases = cases;
	}

	@Scheduled(cron = "0 */5 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "casework.sweep", lockAtMostFor = "PT10M")
	void run() {
		cases.acceptWhereNoticePeriodPassed();
		cases.markDeadlineStatuses();
		cases.flagUnsignedHandovers();
	}
}
