package org.xiaoneng.badge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.badge.BadgeTask.Kind;
import org.xiaoneng.badge.BadgeTask.State;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffJoined;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * 制发上岗证: a joining opens the office's issue task (or, for a secondment shorter than half a year, records why none
 * is due); the office issues the badge under the region's next number or one it types in, with the staff member's
 * photo cut to the card; a transfer or a loss reissues one under a new number.
 */
@Component
class BadgeIssuing {

	static final String MODULE = "badge";

	private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

	private final Badges badges;

	private final BadgeHistory history;

	private final BadgeTasks tasks;

	private final Organization organization;

	private final BadgeSettings settings;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final Clock clock;

	BadgeIssuing(Badges badges, BadgeHistory history, BadgeTasks tasks, Organization organization,
			BadgeSettings settings, ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
		this.badges = badges;
		this.history = history;
		this.tasks = tasks;
		this.organization = organization;
		this.settings = settings;
		this.events = events;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * A staff member joined: the office gets an issue task, or a refused one saying why no badge is due. Nothing when
	 * they already wear a valid badge (issued before the event arrived) or left again meanwhile.
	 */
	@Transactional
	void staffJoined(StaffJoined joined) {
		StaffMember staff = organization.staffMember(new StaffId(joined.staffId()));
		LocalDate today = today();
		if (badges.lockValidOf(new StaffId(staff.id())).isPresent()) {
			return;
		}
		try {
			IssueReason reason = BadgeEligibility.reasonFor(staff, today);
			tasks.open(Kind.ISSUE, staff.id(), staff.name(), staff.unitId(), staff.departmentId(), reason.name(), null,
					State.OPEN, null, today);
		}
		catch (SecondmentTooShortException tooShort) {
			tasks.open(Kind.ISSUE, staff.id(), staff.name(), staff.unitId(), staff.departmentId(),
					IssueReason.SECONDEE.name(), null, State.REFUSED, "badge.task.refusal.secondmentTooShort", today);
		}
		catch (StaffHasLeftException left) {
			// they left before the event arrived: nothing is due
		}
	}

	/**
	 * The office issues a badge to a staff member at work who holds no valid one, and closes their issue task.
	 *
	 * @param number the number to print, or blank for the region's next one
	 */
	@Transactional
	Badge issue(StaffId staffId, String number, Caller caller) {
		BadgeAccess.requireOffice(caller);
		StaffMember staff = organization.staffMember(staffId);
		LocalDate today = today();
		IssueReason reason = BadgeEligibility.reasonFor(staff, today);
		badges.lockValidOf(staffId).ifPresent(held -> {
			throw new BadgeAlreadyHeldException(staff.name(), held.number());
		});
		Badge badge = newBadge(staff, reason, number, caller.name());
		tasks.closeOpenIssue(staff.id(), State.DONE, badge.idOrNull(), caller.name(), today);
		return badge;
	}

	/** The office completes an open issue task by issuing the badge. */
	@Transactional
	Badge completeIssueTask(long taskId, String number, Caller caller) {
		BadgeAccess.requireOffice(caller);
		BadgeTask task = tasks.lock(taskId).orElseThrow(() -> new BadgeNotFoundException(taskId));
		if (task.kind() != Kind.ISSUE || task.state() != State.OPEN) {
			throw new BadgeTaskClosedException(taskId);
		}
		return issue(new StaffId(task.staffId()), number, caller);
	}

	/**
	 * A replacement under the region's next number for a badge taken back on transfer or reported lost, if the holder
	 * is still due one (a secondment that ended is not).
	 *
	 * @return the new badge, or {@code null} when none is due
	 */
	Badge reissue(StaffMember staff, IssueReason reason, String by) {
		try {
			BadgeEligibility.reasonFor(staff, today());
		}
		catch (RuleViolationException notDue) {
			return null;
		}
		return newBadge(staff, reason, null, by);
	}

	/** Replaces a badge's photo by an upload cut to the card. */
	@Transactional
	void changePhoto(long badgeId, byte[] upload, Caller caller) {
		BadgeAccess.requireOffice(caller);
		Badge badge = badges.lock(badgeId).orElseThrow(() -> new BadgeNotFoundException(badgeId));
		badges.storePhoto(badgeId, BadgePhotos.portrait(upload, settings.photoMaxBytes()));
		history.record(badgeId, "PHOTO", null, caller.name(), clock.instant());
		auditLog.record(new AuditEntry(MODULE, "badge.photo", String.valueOf(badgeId), null, badge.number()));
	}

	private Badge newBadge(StaffMember staff, IssueReason reason, String typedNumber, String by) {
		LocalDate today = today();
		Unit unit = organization.unit(new UnitId(staff.unitId()));
		String number = typedNumber == null || typedNumber.isBlank() ? badges.nextNumber(unit.regionCode())
				: checked(unit.regionCode(), typedNumber);
		Badge badge = Badge.issue(unit.regionCode(), number, new StaffId(staff.id()), new UnitId(staff.unitId()),
				new DepartmentId(staff.departmentId()), holder(staff, unit), reason, today,
				BadgeEligibility.validUntil(staff, today, settings.validityYears()));
		try {
			badges.add(badge);
		}
		catch (DuplicateKeyException race) {
			// checked above; only a concurrent issue gets here, and the constraint says which rule it broke
			if (String.valueOf(race.getMessage()).contains("badge_one_valid_per_staff")) {
				throw new BadgeAlreadyHeldException(staff.name(), number);
			}
			throw new BadgeNumberTakenException(number);
		}
		organization.photoOf(new StaffId(staff.id())).ifPresent(photo -> {
			try {
				badges.storePhoto(badge.idOrNull(), BadgePhotos.portrait(photo.bytes(), Long.MAX_VALUE));
			}
			catch (BadgePhotoRefusedException unreadable) {
				// the staff record's photo does not decode: the office uploads one for the card
			}
		});
		history.record(badge.idOrNull(), "ISSUED", reason.name(), by, clock.instant());
		badge.issued();
		badge.drainEvents().forEach(events::publishEvent);
		auditLog.record(new AuditEntry(MODULE, "badge.issued", String.valueOf(badge.idOrNull()), null,
				number + " staff " + staff.id() + " " + reason));
		return badge;
	}

	private String checked(String regionCode, String typed) {
		String number = typed.strip().toUpperCase(Locale.ROOT);
		if (!NUMBER.matcher(number).matches()) {
			throw new BadgeNumberInvalidException(typed.strip());
		}
		if (badges.numberTaken(regionCode, number)) {
			throw new BadgeNumberTakenException(number);
		}
		return number;
	}

	private BadgeHolder holder(StaffMember staff, Unit unit) {
		String post = staff.postIds().isEmpty() ? null : organization.post(new PostId(staff.postIds().get(0))).name();
		return new BadgeHolder(staff.name(), unit.name(), organization.department(new DepartmentId(staff.departmentId())).name(), post,
				staff.position(), staff.politicalStatus() == null ? "" : staff.politicalStatus().name());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
	}
}
