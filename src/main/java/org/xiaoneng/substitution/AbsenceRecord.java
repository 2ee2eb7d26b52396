package org.xiaoneng.substitution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An absence as a thing with rules: requested, handed over, approved, started, ended, reported back. Its transitions
 * are the only way its status changes; each checks that it is allowed and registers the event it causes, which the
 * use case publishes once the change is stored. Who may approve is not its business ({@link SubstitutionAuthority});
 * that only the absentee notes the handover and only the named substitute acknowledges it and reports back is.
 */
class AbsenceRecord {

	private final long id;

	private final long staffId;

	private final Long substituteStaffId;

	private final Instant from;

	private final Instant to;

	private final boolean handoverRequired;

	private AbsenceStatus status;

	private boolean acknowledged;

	private final List<Object> events = new ArrayList<>();

	AbsenceRecord(long id, long staffId, Long substituteStaffId, Instant from, Instant to, boolean handoverRequired,
			AbsenceStatus status, boolean acknowledged) {
		this.id = id;
		this.staffId = staffId;
		this.substituteStaffId = substituteStaffId;
		this.from = from;
		this.to = to;
		this.handoverRequired = handoverRequired;
		this.status = status;
		this.acknowledged = acknowledged;
	}

	/** The absence as stored. */
	static AbsenceRecord of(Absence absence) {
		return new AbsenceRecord(absence.id(), absence.staffId(), absence.substituteStaffId(), absence.from(),
				absence.to(), absence.handoverRequired(), absence.status(), absence.acknowledged());
	}

	/**
	 * That the absentee may still note how to carry on with their handover list: only they, and only before the
	 * substitute acknowledged it and the absence was approved.
	 *
	 * @param callerStaffId the caller's staff id, or {@code null}
	 */
	void requireHandoverOpenTo(Long callerStaffId) {
		if (callerStaffId == null || callerStaffId != staffId) {
			throw new ApprovalAuthorityMissingException();
		}
		if (acknowledged || status != AbsenceStatus.REQUESTED) {
			throw new AbsenceStatusException();
		}
	}

	/**
	 * The named substitute acknowledges the handover list, once, before the absence is over
	 * ({@link HandoverAcknowledged}).
	 */
	void acknowledgeHandover(Long callerStaffId, Instant at) {
		requireSubstitute(callerStaffId);
		if (acknowledged || status == AbsenceStatus.ENDED) {
			throw new AbsenceStatusException();
		}
		acknowledged = true;
		events.add(new HandoverAcknowledged(id, staffId, substituteStaffId, at));
	}

	/**
	 * Approved once, and only after the substitute acknowledged a needed handover, so that it is done before the
	 * absence starts ({@link AbsenceApproved}).
	 *
	 * @throws AbsenceStatusException unless it is requested
	 * @throws HandoverPendingException when a needed handover has not been acknowledged
	 */
	void approve() {
		if (status != AbsenceStatus.REQUESTED) {
			throw new AbsenceStatusException();
		}
		if (handoverRequired && !acknowledged) {
			throw new HandoverPendingException();
		}
		status = AbsenceStatus.APPROVED;
		events.add(new AbsenceApproved(id, staffId, substituteStaffId, from, to));
	}

	/** The named substitute reports what was done (交回), once the absence was approved. */
	void requireReturnBy(Long callerStaffId) {
		requireSubstitute(callerStaffId);
		if (status == AbsenceStatus.REQUESTED) {
			throw new AbsenceStatusException();
		}
	}

	/** An approved absence starts when its time has come ({@link AbsenceStarted}). */
	void start(Instant now) {
		if (status != AbsenceStatus.APPROVED || from.isAfter(now)) {
			throw new AbsenceStatusException();
		}
		status = AbsenceStatus.STARTED;
		events.add(new AbsenceStarted(id, staffId, substituteStaffId, now));
	}

	/** A started absence ends when its time is over ({@link AbsenceEnded}). */
	void end(Instant now) {
		if (status != AbsenceStatus.STARTED || to.isAfter(now)) {
			throw new AbsenceStatusException();
		}
		status = AbsenceStatus.ENDED;
		events.add(new AbsenceEnded(id, staffId, substituteStaffId, now));
	}

	long id() {
		return id;
	}

	long staffId() {
		return staffId;
	}

	AbsenceStatus status() {
		return status;
	}

	/** The events registered since the absence was loaded, in order; handing them out clears them. */
	List<Object> releaseEvents() {
		List<Object> released = List.copyOf(events);
		events.clear();
		return released;
	}

	private void requireSubstitute(Long callerStaffId) {
		if (substituteStaffId == null || callerStaffId == null || !callerStaffId.equals(substituteStaffId)) {
			throw new NotTheSubstituteException();
		}
	}
}
