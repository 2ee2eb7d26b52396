package org.xiaoneng.badge;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
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

	@ApplicationModuleListener
	void on(StaffJoined joined) {
		issuing.staffJoined(joined);
	}

	@ApplicationModuleListener
	void on(StaffTransferred transferred) {
		withdrawal.staffTransferred(transferred);
	}

	@ApplicationModuleListener
	void on(StaffLeft left) {
		withdrawal.staffLeft(left);
	}
}
