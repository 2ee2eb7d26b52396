package org.xiaoneng.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every night disables the accounts unused for longer than the limit (GB/T 22239-2019 8.1.4.2 d: 应及时删除或停用
 * 多余的、过期的账户), on one node of the cluster only. Sign-in checks the same rule, so an account is refused even
 * before the sweep has run.
 */
@Component
class UnusedAccountSweep {

	private static final Logger LOG = LoggerFactory.getLogger(UnusedAccountSweep.class);

	private final SignIns signIns;

	UnusedAccountSweep(SignIns signIns) {
		this.signIns = signIns;
	}

	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
	@SchedulerLock(name = "security.unused-accounts", lockAtMostFor = "PT10M")
	void disableUnusedAccounts() {
		int disabled = signIns.disableUnusedAccounts();
		if (disabled > 0) {
			LOG.info("Disabled {} account(s) unused for too long", disabled);
		}
	}
}
