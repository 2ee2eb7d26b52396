package org.xiaoneng.refusal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every five minutes, on one node of the cluster, reports the leader decisions that are overdue. */
@Component
class OverdueDecisionSweep {

	private final Refusals refusals;

	private final Sweeps sweeps;

	OverdueDecisionSweep(Refusals refusals, Sweeps sweeps) {
		this.refusals = refusals;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 */5 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = Refusals.SWEEP, lockAtMostFor = "PT5M", lockAtLeastFor = "PT2M")
	void run() {
		sweeps.run(Refusals.SWEEP, refusals::reportOverdueDecisions);
	}
}
