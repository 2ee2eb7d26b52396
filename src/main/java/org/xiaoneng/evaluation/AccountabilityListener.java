package org.xiaoneng.evaluation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.accountability.AccountabilityDecided;

/** Accountability decisions reach the year's evaluation: counted, and a block on 优秀 where the decision says so. */
@Component
class AccountabilityListener {

	private final Sanctions sanctions;

	AccountabilityListener(Sanctions sanctions) {
		this.sanctions = sanctions;
	}

	@ApplicationModuleListener
	void on(AccountabilityDecided decided) {
		sanctions.record(decided);
	}
}
