package org.xiaoneng.substitution;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * Who may do what in 同岗替代: the absentee's head approves an absence (the leader above, for a head); heads and
 * leaders over a department, or an administrator, name its posts' substitutes; deputies and above designate a third
 * person; absences with their reasons are read only by those concerned; a department's duty board by its staff and
 * those whose scope covers it.
 */
@Component
class SubstitutionAuthority {

	private final Organization organization;

	SubstitutionAuthority(Organization organization) {
		this.organization = organization;
	}

	/**
	 * The absentee, when the caller approves their absences.
	 *
	 * @throws ApprovalAuthorityMissingException when the caller has no authority over the absentee
	 */
	StaffMember requireApproverOf(long absenteeStaffId, Caller caller) {
		StaffMember absentee = organization.staffMember(new StaffId(absenteeStaffId));
		if (!isApprover(absentee, caller)) {
			throw new ApprovalAuthorityMissingException();
		}
		return absentee;
	}

	boolean isApproverOf(long absenteeStaffId, Caller caller) {
		return isApprover(organization.staffMember(new StaffId(absenteeStaffId)), caller);
	}

	/** The head of the absentee's department approves; a head's (or a higher leader's) absence goes up a level. */
	boolean isApprover(StaffMember absentee, Caller caller) {
		Optional<StaffMember> me = caller.staff();
		if (me.isEmpty() || me.get().id() == absentee.id()) {
			return false;
		}
		for (DecisionLevel level : DecisionLevel.values()) {
			Optional<StaffMember> authority = organization.authorityOver(new DepartmentId(absentee.departmentId()), level);
			if (authority.isPresent() && authority.get().id() != absentee.id()) {
				return authority.get().id() == me.get().id();
			}
		}
		return false;
	}

	/** @throws ApprovalAuthorityMissingException unless an administrator, or head or leader over the department */
	void requireHeadOrAbove(long departmentId, Caller caller) {
		if (caller.hasRole("ADMIN") || hasAuthority(departmentId, DecisionLevel.DEPARTMENT_HEAD, caller)
				|| hasAuthority(departmentId, DecisionLevel.DEPUTY_LEADER, caller)
				|| hasAuthority(departmentId, DecisionLevel.PRINCIPAL_LEADER, caller)) {
			return;
		}
		throw new ApprovalAuthorityMissingException();
	}

	/** @throws ApprovalAuthorityMissingException unless an administrator or the deputy leader over the department */
	void requireDesignator(long departmentId, Caller caller) {
		if (!caller.hasRole("ADMIN") && !hasAuthority(departmentId, DecisionLevel.DEPUTY_LEADER, caller)) {
			throw new ApprovalAuthorityMissingException();
		}
	}

	/**
	 * The principal leader (or an administrator) names the acting leader of a deputy, and an administrator names the
	 * deputy who acts for the principal.
	 *
	 * @throws ApprovalAuthorityMissingException otherwise
	 */
	void requireNamerOfActingLeader(StaffMember leader, Caller caller) {
		Long principal = organization.leadership(new UnitId(leader.unitId())).principalLeaderId();
		boolean principalNamesForDeputy = principal != null && principal != leader.id() && caller.is(principal);
		if (!caller.hasRole("ADMIN") && !principalNamesForDeputy) {
			throw new ApprovalAuthorityMissingException();
		}
	}

	/**
	 * Absences and their reasons are personal: readable by the absent person, their substitute (who takes the
	 * handover), heads and leaders whose scope covers the absentee's department or who approve the absence,
	 * administrators (who run the organisation) and supervisors (who read the whole region) — not by colleagues, nor
	 * by the security administrator, the auditor or the disclosure editor.
	 */
	boolean mayRead(Absence absence, Caller caller) {
		if (caller.isSystem() || caller.hasRole("ADMIN") || caller.hasRole("SUPERVISOR") || caller.is(absence.staffId())
				|| caller.is(absence.substituteStaffId())) {
			return true;
		}
		StaffMember absentee = organization.staffMember(new StaffId(absence.staffId()));
		return caller.leadsOver(absentee.unitId(), absentee.departmentId()) || isApprover(absentee, caller);
	}

	/**
	 * The duty board and the posts without a substitute of a department: for its own staff and those whose scope
	 * covers it; to anyone else the department does not exist.
	 */
	void requireBoardOf(long departmentId, Caller caller) {
		Department department = organization.department(new DepartmentId(departmentId));
		boolean own = caller.staff().filter(me -> me.departmentId() == departmentId).isPresent();
		if (!own && !caller.sees(department.unitId(), departmentId)) {
			throw new SubstitutionRecordNotFoundException("department", departmentId);
		}
	}

	private boolean hasAuthority(long departmentId, DecisionLevel level, Caller caller) {
		Optional<StaffMember> me = caller.staff();
		return me.isPresent() && organization.authorityOver(new DepartmentId(departmentId), level)
			.filter(authority -> authority.id() == me.get().id())
			.isPresent();
	}
}
