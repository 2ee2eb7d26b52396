package org.xiaoneng.evaluation;

import org.springframework.stereotype.Component;
import org.xiaoneng.accountability.AccountabilityDecided;
import org.xiaoneng.common.ModuleListener;

/** Accountability decisions reach the year's evaluation: counted, and a block on 优秀 where the decision says so. */
@Component
class AccountabilityListener {

	private final Sanctions sanctions;

	AccountabilityListener(Sanctions sanctions) {
		this.sanctions = sanctions;
	}

	@ModuleListener
	void on(AccountabilityDecided decided) {
		sanctions.record(decided);
	}
}
