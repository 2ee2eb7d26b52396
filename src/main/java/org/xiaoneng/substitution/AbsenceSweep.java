package org.xiaoneng.substitution;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every minute, on one node of the cluster, starts and ends the absences whose time has come. */
@Component
class AbsenceSweep {

	private final Substitutes substitutes;

	private final Sweeps sweeps;

	AbsenceSweep(Substitutes substitutes, Sweeps sweeps) {
		this.substitutes = substitutes;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 * * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = Substitutes.SWEEP, lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
	void run() {
		sweeps.run(Substitutes.SWEEP, substitutes::sweep);
	}
}
