package org.xiaoneng.platform.security;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.database.Sweeps;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every night disables the accounts unused for longer than the limit (GB/T 22239-2019 8.1.4.2 d: 应及时删除或停用
 * 多余的、过期的账户), on one node of the cluster only. Sign-in checks the same rule, so an account is refused even
 * before the sweep has run.
 */
@Component
class UnusedAccountSweep {

	private final SignIns signIns;

	private final Sweeps sweeps;

	UnusedAccountSweep(SignIns signIns, Sweeps sweeps) {
		this.signIns = signIns;
		this.sweeps = sweeps;
	}

	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = SignIns.SWEEP, lockAtMostFor = "PT2H", lockAtLeastFor = "PT1H")
	void disableUnusedAccounts() {
		sweeps.run(SignIns.SWEEP, signIns::disableUnusedAccounts);
	}
}
