package org.xiaoneng.organization;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every quarter hour, on one node of the cluster, applies the transfers whose day has come. */
@Component
class TransferSweep {

	private final Reorganization reorganization;

	private final Sweeps sweeps;

	TransferSweep(Reorganization reorganization, Sweeps sweeps) {
		this.reorganization = reorganization;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 */15 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = TransferSchedule.SWEEP, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void run() {
		sweeps.run(TransferSchedule.SWEEP, reorganization::applyDueTransfers);
	}
}
