package org.xiaoneng.inquiry;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Every ten minutes, on one node of the cluster, publishes the lateness of matters past their deadline, once each. */
@Component
class OverdueSweep {

	private final InquiryRegister register;

	OverdueSweep(InquiryRegister register) {
		this.register = register;
	}

	@Scheduled(cron = "0 */10 * * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "inquiry.overdue", lockAtMostFor = "PT5M")
	void run() {
		register.reportOverdue();
	}
}
