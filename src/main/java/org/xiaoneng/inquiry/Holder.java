package org.xiaoneng.inquiry;

import org.xiaoneng.organization.StaffMember;

/**
 * Who holds a matter: the staff member, their staff number (for data scope), their department, and whether they hold
 * it acting for an absent holder of the post (代岗), so that their record measures it (the source text 六(五)).
 */
record Holder(long id, String number, Long departmentId, boolean onBehalf) {

	/** A holder in their own right. */
	Holder(long id, String number, Long departmentId) {
		this(id, number, departmentId, false);
	}

	static Holder of(StaffMember member) {
		return new Holder(member.id(), member.staffNumber(), member.departmentId());
	}

	/** The staff member, in their own right or acting for the post's absent holder. */
	static Holder of(StaffMember member, boolean onBehalf) {
		return new Holder(member.id(), member.staffNumber(), member.departmentId(), onBehalf);
	}
}
