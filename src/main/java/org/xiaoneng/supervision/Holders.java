package org.xiaoneng.supervision;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * Who holds a card at each level: the handler the signal named, the department head (or the nearest head above),
 * the deputy leader who oversees the department; without a department, the unit's principal leader.
 */
@Component
class Holders {

	private final Organization organization;

	Holders(Organization organization) {
		this.organization = organization;
	}

	/** The staff member at the level for the subject, or {@code null} when nobody is appointed there. */
	Long at(Responsible level, CardSubject subject, Long handlerStaffId) {
		if (level == Responsible.HANDLER && handlerStaffId != null) {
			return handlerStaffId;
		}
		if (subject.departmentId() == null) {
			return organization.unit(new UnitId(subject.unitId())).principalLeaderId();
		}
		// A handler nobody could name passes to the head, so that every card has someone who answers for it.
		DecisionLevel authority = level == Responsible.OVERSEEING_LEADER ? DecisionLevel.DEPUTY_LEADER
				: DecisionLevel.DEPARTMENT_HEAD;
		return organization.authorityOver(new DepartmentId(subject.departmentId()), authority).map(StaffMember::id).orElse(null);
	}
}
