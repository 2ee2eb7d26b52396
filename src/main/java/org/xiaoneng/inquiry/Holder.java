package org.xiaoneng.inquiry;

import org.xiaoneng.organization.StaffMember;

/** Who holds a matter: the staff member, their staff number (for data scope) and their department. */
record Holder(long id, String number, Long departmentId) {

	static Holder of(StaffMember member) {
		return new Holder(member.id(), member.staffNumber(), member.departmentId());
	}
}
