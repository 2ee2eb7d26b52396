package org.xiaoneng.organization;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Staff move to another department or leave (调离, 离职, 退休); the posts and leading roles tied to the place they
 * leave end with the move, so that nobody holds authority where they no longer work.
 */
@Component
class TransfersAndDepartures {

	private final StaffMembers staff;

	private final StaffRoster roster;

	private final UnitsAndDepartments places;

	private final PostHolding posts;

	private final LeaderAppointments leaders;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TransfersAndDepartures(StaffMembers staff, StaffRoster roster, UnitsAndDepartments places, PostHolding posts,
			LeaderAppointments leaders, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.roster = roster;
		this.places = places;
		this.posts = posts;
		this.leaders = leaders;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/** A move within the unit keeps the unit's leading roles; one to another unit ends them too. */
	StaffMember transfer(long staffId, long toDepartmentId) {
		StaffRecord member = roster.onDuty(staffId);
		Department to = places.inForce(toDepartmentId);
		if (member.departmentId() == toDepartmentId) {
			throw new AlreadyInDepartmentException(member.staffNumber());
		}
		posts.releaseAll(staffId);
		leaders.releaseLeadership(staffId, to.unitId() != member.unitId());
		staff.moveTo(staffId, to.unitId(), to.id());
		LocalDate today = LocalDate.now(clock);
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.transferred", String.valueOf(staffId),
				"unit=" + member.unitId() + ", department=" + member.departmentId(),
				"unit=" + to.unitId() + ", department=" + to.id()));
		events.publishEvent(new StaffTransferred(staffId, member.staffNumber(), member.unitId(), member.departmentId(),
				to.unitId(), to.id(), today));
		return roster.staffMember(staffId);
	}

	StaffMember leave(long staffId, StaffStatus how) {
		if (how == null || !how.hasLeft()) {
			throw new DepartureStatusRequiredException();
		}
		StaffRecord member = roster.onDuty(staffId);
		LocalDate today = LocalDate.now(clock);
		posts.releaseAll(staffId);
		leaders.releaseLeadership(staffId, true);
		staff.markLeft(staffId, how, today);
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.left", String.valueOf(staffId),
				StaffStatus.ON_DUTY.name(), how.name() + " on " + today));
		events.publishEvent(new StaffLeft(staffId, member.staffNumber(), member.unitId(), member.departmentId(), how,
				today));
		return roster.staffMember(staffId);
	}
}
