package org.xiaoneng.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * Transfers decided ahead (a 调令 effective on a later day): scheduled and cancelled by an administrator, applied by
 * the sweep on their day as the transfer an administrator makes at once, each exactly once.
 */
@Component
class TransferSchedule {

	static final String SWEEP = "organization.transfers";

	private final ScheduledTransfers scheduled;

	private final TransfersAndDepartures moves;

	private final StaffRoster roster;

	private final UnitsAndDepartments places;

	private final Sweeps sweeps;

	private final Callers callers;

	private final AuditLog auditLog;

	private final Clock clock;

	TransferSchedule(ScheduledTransfers scheduled, TransfersAndDepartures moves, StaffRoster roster,
			UnitsAndDepartments places, Sweeps sweeps, Callers callers, AuditLog auditLog, Clock clock) {
		this.scheduled = scheduled;
		this.moves = moves;
		this.roster = roster;
		this.places = places;
		this.sweeps = sweeps;
		this.callers = callers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	ScheduledTransfer schedule(long staffId, long toDepartmentId, LocalDate effectiveOn) {
		StaffRecord member = roster.onDuty(staffId);
		places.inForce(toDepartmentId);
		LocalDate today = LocalDate.now(clock);
		if (effectiveOn == null || !effectiveOn.isAfter(today)) {
			throw new TransferDateInvalidException(today);
		}
		if (member.departmentId() == toDepartmentId) {
			throw new AlreadyInDepartmentException(member.staffNumber());
		}
		if (scheduled.pendingOf(staffId).isPresent()) {
			throw new TransferAlreadyScheduledException(member.staffNumber());
		}
		long id = scheduled.insert(staffId, toDepartmentId, effectiveOn, callers.current().name(), clock.instant());
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.transferScheduled", String.valueOf(staffId), null,
				"department=" + toDepartmentId + ", on=" + effectiveOn));
		return scheduled.find(id).orElseThrow();
	}

	void cancel(long staffId) {
		StaffRecord member = roster.existing(staffId);
		ScheduledTransfer pending = scheduled.pendingOf(staffId)
			.orElseThrow(() -> new NoTransferScheduledException(member.staffNumber()));
		scheduled.markCancelled(pending.id(), clock.instant());
		auditLog.record(new AuditEntry(Organization.MODULE, "staff.transferCancelled", String.valueOf(staffId),
				"department=" + pending.toDepartmentId() + ", on=" + pending.effectiveOn(), null));
	}

	Optional<ScheduledTransfer> pendingOf(long staffId) {
		return scheduled.pendingOf(staffId);
	}

	/**
	 * Applies the transfers whose day has come, each in its own transaction: only the run whose update still finds
	 * it pending moves the staff member, so a second run, on this node or another, changes nothing.
	 */
	SweepCount sweep() {
		return sweeps.each(SWEEP, scheduled.due(LocalDate.now(clock)), ScheduledTransfer::id, transfer -> {
			if (!scheduled.markApplied(transfer.id(), clock.instant())) {
				return false;
			}
			moves.transfer(transfer.staffId(), transfer.toDepartmentId());
			return true;
		});
	}
}
