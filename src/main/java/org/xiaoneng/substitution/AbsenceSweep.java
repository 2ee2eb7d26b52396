package org.xiaoneng.substitution;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every minute, on one node of the cluster, starts and ends the absences whose time has come. */
@Component
class AbsenceSweep {

	private final Substitutes substitutes;

	AbsenceSweep(Substitutes substitutes) {
		this.substitutes = substitutes;
	}

	@Scheduled(cron = "0 * * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "substitution.absences", lockAtMostFor = "PT5M")
	void run() {
		substitutes.sweep();
	}
}
