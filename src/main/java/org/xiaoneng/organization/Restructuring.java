package org.xiaoneng.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Administrators reshape a unit: a department's public location and phone, a department moved under another of the
 * unit (or to its top), a post moved to another department of the unit, and departments and posts retired. Retired
 * ones keep their rows, so that past cases and inquiries keep their names; they are offered for no new work.
 */
@Component
class Restructuring {

	/** A landline with its area code (a hotline's extension after a dash) or a mainland mobile number. */
	private static final Pattern PUBLIC_PHONE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?|1[3-9][0-9]{9}");

	private static final int ROOM_LENGTH = 100;

	private final Departments departments;

	private final Posts posts;

	private final UnitsAndDepartments places;

	private final PostHolding holding;

	private final AuditLog auditLog;

	private final Clock clock;

	Restructuring(Departments departments, Posts posts, UnitsAndDepartments places, PostHolding holding,
			AuditLog auditLog, Clock clock) {
		this.departments = departments;
		this.posts = posts;
		this.places = places;
		this.holding = holding;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	Department changeContact(long id, String room, String phone) {
		Department before = places.department(id);
		String keptRoom = room == null ? "" : room.strip();
		String keptPhone = phone == null ? "" : phone.strip();
		if (keptRoom.length() > ROOM_LENGTH || !keptPhone.isEmpty() && !PUBLIC_PHONE.matcher(keptPhone).matches()) {
			throw new DepartmentContactInvalidException();
		}
		departments.changeContact(id, keptRoom, keptPhone);
		places.changed(OrganizationChanged.Kind.DEPARTMENT, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "department.contactChanged", String.valueOf(id),
				"room=" + before.room() + ", phone=" + before.phone(), "room=" + keptRoom + ", phone=" + keptPhone));
		return places.department(id);
	}

	/** Moves a department under another of its unit, or to the top of the unit when {@code parentId} is null. */
	Department moveDepartment(long id, Long parentId) {
		Department department = places.inForce(id);
		if (parentId != null) {
			Department parent = places.inForce(parentId);
			if (parent.unitId() != department.unitId()) {
				throw new UnitBoundaryCrossedException("organization.department.parentInOtherUnit");
			}
			if (departments.withDescendants(List.of(id)).contains(parentId)) {
				throw new DepartmentUnderItselfException(department.name());
			}
		}
		departments.moveUnder(id, parentId);
		places.changed(OrganizationChanged.Kind.DEPARTMENT, id);
		auditLog.record(new AuditEntry(Organization.MODULE, "department.moved", String.valueOf(id),
				"parent=" + department.parentId(), "parent=" + parentId));
		return places.department(id);
	}

	/** Moves a post, with its holders, to another department of the same unit. */
	Post movePost(long id, long departmentId) {
		Post post = holding.inForce(id);
		Department to = places.inForce(departmentId);
		if (to.unitId() != places.unitOf(post)) {
			throw new UnitBoundaryCrossedException("organization.post.movedOutsideUnit", post.name());
		}
		posts.moveTo(id, departmentId);
		auditLog.record(new AuditEntry(Organization.MODULE, "post.moved", String.valueOf(id),
				"department=" + post.departmentId(), "department=" + departmentId));
		return holding.post(id);
	}

	Department retireDepartment(long id) {
		Department department = places.inForce(id);
		if (departments.inUse(id)) {
			throw new RetirementBlockedException("organization.retire.departmentInUse", department.name());
		}
		departments.retire(id, LocalDate.now(clock));
		auditLog.record(AuditEntry.of(Organization.MODULE, "department.retired", String.valueOf(id)));
		return places.department(id);
	}

	Post retirePost(long id) {
		Post post = holding.inForce(id);
		if (!posts.holders(id).isEmpty()) {
			throw new RetirementBlockedException("organization.retire.postHeld", post.name());
		}
		posts.retire(id, LocalDate.now(clock));
		auditLog.record(AuditEntry.of(Organization.MODULE, "post.retired", String.valueOf(id)));
		return holding.post(id);
	}
}
