package org.xiaoneng.refusal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every five minutes, on one node of the cluster, reports the leader decisions that are overdue. */
@Component
class OverdueDecisionSweep {

	private final Refusals refusals;

	OverdueDecisionSweep(Refusals refusals) {
		this.refusals = refusals;
	}

	@Scheduled(cron = "0 */5 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "refusal.overdue-decisions", lockAtMostFor = "PT5M")
	void run() {
		refusals.reportOverdueDecisions();
	}
}
