package org.xiaoneng.inquiry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every ten minutes, on one node of the cluster, publishes the lateness of matters past their deadline, once each. */
@Component
class OverdueSweep {

	private final InquiryRegister register;

	private final Sweeps sweeps;

	OverdueSweep(InquiryRegister register, Sweeps sweeps) {
		this.register = register;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 */10 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = InquiryRegister.SWEEP, lockAtMostFor = "PT5M", lockAtLeastFor = "PT4M")
	void run() {
		sweeps.run(InquiryRegister.SWEEP, register::reportOverdue);
	}
}
