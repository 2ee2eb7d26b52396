package org.xiaoneng.badge;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.ModuleListener;
import org.xiaoneng.organization.StaffJoined;
import org.xiaoneng.organization.StaffLeft;
import org.xiaoneng.organization.StaffTransferred;

/** What the organisation's changes of staff mean for badges (rule 九.四, 九.六). */
@Component
class BadgeDuties {

	private final BadgeIssuing issuing;

	private final BadgeWithdrawal withdrawal;

	BadgeDuties(BadgeIssuing issuing, BadgeWithdrawal withdrawal) {
		this.issuing = issuing;
		this.withdrawal = withdrawal;
	}

	@ModuleListener
	void on(StaffJoined joined) {
		issuing.staffJoined(joined);
	}

	@ModuleListener
	void on(StaffTransferred transferred) {
		withdrawal.staffTransferred(transferred);
	}

	@ModuleListener
	void on(StaffLeft left) {
		withdrawal.staffLeft(left);
	}
}
