package org.xiaoneng.organization;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Administrators appoint each unit's principal leader (主要领导), its deputy leaders (分管领导) with the departments
 * they oversee, and the departments' heads (股室负责人); the other modules ask who holds the authority over a
 * department.
 */
@Component
class LeaderAppointments {

	private final Units units;

	private final Departments departments;

	private final UnitsAndDepartments places;

	private final StaffRoster roster;

	private final AuditLog auditLog;

	LeaderAppointments(Units units, Departments departments, UnitsAndDepartments places, StaffRoster roster,
			AuditLog auditLog) {
		this.units = units;
		this.departments = departments;
		this.places = places;
		this.roster = roster;
		this.auditLog = auditLog;
	}

	void appointPrincipalLeader(long unitId, long staffId) {
		Unit unit = places.unit(unitId);
		StaffRecord leader = roster.ownStaff(unitId, staffId);
		units.appointPrincipalLeader(unitId, staffId);
		auditLog.record(new AuditEntry(Organization.MODULE, "leader.principal-appointed", String.valueOf(unitId),
				String.valueOf(unit.principalLeaderId()), leader.staffNumber()));
	}

	/** A department has one deputy: another deputy's oversight of these departments ends. */
	void appointDeputyLeader(long unitId, long staffId, Collection<Long> departmentIds) {
		places.unit(unitId);
		StaffRecord deputy = roster.ownStaff(unitId, staffId);
		Set<Long> overseen = new LinkedHashSet<>(departmentIds);
		for (long departmentId : overseen) {
			if (places.department(departmentId).unitId() != unitId) {
				throw new UnitBoundaryCrossedException("organization.leader.departmentOutsideUnit");
			}
		}
		List<Long> before = departments.overseenBy(staffId);
		units.addDeputy(unitId, staffId);
		departments.assignOversight(unitId, staffId, overseen);
		auditLog.record(new AuditEntry(Organization.MODULE, "leader.deputy-appointed", String.valueOf(unitId),
				deputy.staffNumber() + " oversees " + before, deputy.staffNumber() + " oversees " + overseen));
	}

	void appointDepartmentHead(long departmentId, long staffId) {
		Department department = places.inForce(departmentId);
		StaffRecord head = roster.ownStaff(department.unitId(), staffId);
		departments.appointHead(departmentId, staffId);
		auditLog.record(new AuditEntry(Organization.MODULE, "leader.head-appointed", String.valueOf(departmentId),
				String.valueOf(department.headId()), head.staffNumber()));
	}

	/**
	 * Ends the leading roles of someone who moves away: those over departments always, those over the unit when
	 * they leave the unit.
	 */
	void releaseLeadership(long staffId, boolean leavingTheUnit) {
		departments.releaseLeadership(staffId);
		if (leavingTheUnit) {
			units.releaseLeadership(staffId);
		}
	}

	Leadership leadership(long unitId) {
		Unit unit = places.unit(unitId);
		return new Leadership(unitId, unit.principalLeaderId(), units.deputies(unitId));
	}

	/**
	 * Authority not assigned at a level passes up to the next level, so that every decision has someone who must
	 * take it: the department's head (or the nearest head above it), the deputy who oversees it (or the department
	 * above it), the unit's principal leader.
	 */
	Optional<StaffMember> authorityOver(long departmentId, DecisionLevel level) {
		Department department = places.department(departmentId);
		if (level == DecisionLevel.DEPARTMENT_HEAD) {
			Optional<Long> head = upwards(department, Department::headId);
			if (head.isPresent()) {
				return head.map(roster::staffMember);
			}
		}
		if (level != DecisionLevel.PRINCIPAL_LEADER) {
			Optional<Long> deputy = upwards(department, Department::deputyId);
			if (deputy.isPresent()) {
				return deputy.map(roster::staffMember);
			}
		}
		return Optional.ofNullable(places.unit(department.unitId()).principalLeaderId()).map(roster::staffMember);
	}

	Optional<StaffMember> visibleAuthorityOver(long departmentId, DecisionLevel level) {
		places.visibleDepartment(departmentId);
		return authorityOver(departmentId, level);
	}

	private Optional<Long> upwards(Department department, Function<Department, Long> role) {
		Department current = department;
		while (true) {
			Long holder = role.apply(current);
			if (holder != null) {
				return Optional.of(holder);
			}
			if (current.parentId() == null) {
				return Optional.empty();
			}
			current = places.department(current.parentId());
		}
	}
}
