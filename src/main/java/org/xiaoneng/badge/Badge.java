package org.xiaoneng.badge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/**
 * A duty badge (上岗证): the aggregate at the centre of the module. It is issued valid and leaves that state once,
 * taken back or reported lost; an expired badge is one still recorded valid past its last day. Each transition checks
 * the rule it serves and registers the event that travels with the change.
 */
class Badge {

	private Long id;

	private final String regionCode;

	private final String number;

	private final StaffId staffId;

	private final UnitId unitId;

	private final DepartmentId departmentId;

	private final BadgeHolder holder;

	private final IssueReason reason;

	private final LocalDate issuedOn;

	private final LocalDate validUntil;

	private BadgeStatus status;

	private LocalDate endedOn;

	private Long replacedBy;

	private final int version;

	private final List<Object> events = new ArrayList<>();

	Badge(Long id, String regionCode, String number, StaffId staffId, UnitId unitId, DepartmentId departmentId,
			BadgeHolder holder, IssueReason reason, LocalDate issuedOn, LocalDate validUntil, BadgeStatus status,
			LocalDate endedOn, Long replacedBy, int version) {
		this.id = id;
		this.regionCode = regionCode;
		this.number = number;
		this.staffId = staffId;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.holder = holder;
		this.reason = reason;
		this.issuedOn = issuedOn;
		this.validUntil = validUntil;
		this.status = status;
		this.endedOn = endedOn;
		this.replacedBy = replacedBy;
		this.version = version;
	}

	/**
	 * A new valid badge. Its validity ends no earlier than the day of issue: a secondment that already ended gets
	 * none (the eligibility check refuses it before).
	 */
	static Badge issue(String regionCode, String number, StaffId staffId, UnitId unitId, DepartmentId departmentId,
			BadgeHolder holder, IssueReason reason, LocalDate today, LocalDate validUntil) {
		if (validUntil.isBefore(today)) {
			throw new IllegalArgumentException("A badge valid until " + validUntil + " cannot be issued on " + today);
		}
		return new Badge(null, regionCode, number, staffId, unitId, departmentId, holder, reason, today, validUntil,
				BadgeStatus.VALID, null, null, 0);
	}

	/** The event of the issue, once the badge has its id. */
	BadgeIssued issued() {
		return register(new BadgeIssued(new BadgeId(id()), number, staffId, unitId, departmentId, reason, validUntil));
	}

	/** Takes it back (已收回, rule 九.四): on transfer, departure or by the office's decision. */
	BadgeWithdrawn revoke(LocalDate today) {
		return end(BadgeStatus.REVOKED, today);
	}

	/** Reported lost (挂失): void at once, so that nobody can show it; the caller issues the replacement. */
	BadgeWithdrawn reportLost(LocalDate today) {
		return end(BadgeStatus.LOST, today);
	}

	/** Its status as the public sees it on the day: a valid badge past its last day has expired (过期). */
	BadgeStatus statusOn(LocalDate today) {
		return status == BadgeStatus.VALID && today.isAfter(validUntil) ? BadgeStatus.EXPIRED : status;
	}

	/** The events registered since it was loaded, handed out once for publishing. */
	List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	private BadgeWithdrawn end(BadgeStatus to, LocalDate today) {
		if (status != BadgeStatus.VALID) {
			throw new BadgeStateException(number, status);
		}
		this.status = to;
		this.endedOn = today;
		return register(new BadgeWithdrawn(new BadgeId(id()), number, staffId, unitId, departmentId, to, today));
	}

	private <E> E register(E event) {
		events.add(event);
		return event;
	}

	private long id() {
		if (id == null) {
			throw new IllegalStateException("badge " + number + " is saved before its events are registered");
		}
		return id;
	}

	/** The id the database gave it when it was first saved. */
	void saved(long newId) {
		if (id != null) {
			throw new IllegalStateException("badge " + id + " was saved already");
		}
		this.id = newId;
	}

	Long idOrNull() {
		return id;
	}

	String regionCode() {
		return regionCode;
	}

	String number() {
		return number;
	}

	StaffId staffId() {
		return staffId;
	}

	UnitId unitId() {
		return unitId;
	}

	DepartmentId departmentId() {
		return departmentId;
	}

	BadgeHolder holder() {
		return holder;
	}

	IssueReason reason() {
		return reason;
	}

	LocalDate issuedOn() {
		return issuedOn;
	}

	LocalDate validUntil() {
		return validUntil;
	}

	BadgeStatus status() {
		return status;
	}

	LocalDate endedOn() {
		return endedOn;
	}

	Long replacedByOrNull() {
		return replacedBy;
	}

	int version() {
		return version;
	}
}
