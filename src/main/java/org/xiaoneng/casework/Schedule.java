package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.xiaoneng.calendar.DeadlineStatus;

/**
 * A case's clock from acceptance on (限时办结制) and its three deadlines. The promised deadline (承诺时限) and the
 * statutory one (法定时限) count from acceptance by the item's two limits; the paused working days move both, since
 * the clock stood still (行政许可法 第四十五条). Approved extensions (第四十二条) move only the third, the deadline in
 * force that the warnings watch, so that what was promised and what the law allows stay measurable beside it.
 *
 * @param promisedDays the promised limit
 * @param statutoryDays the statutory limit, {@code null} when the law sets none
 * @param baseDeadline the promised deadline before any pause
 * @param statutoryBaseDeadline the statutory deadline before any pause, {@code null} without a statutory limit
 * @param promisedDeadline the promised deadline, pauses added
 * @param statutoryDeadline the statutory deadline, pauses added; {@code null} without a statutory limit
 * @param deadline the deadline in force: the promised one, pauses and approved extensions added
 * @param deadlineTurnsOn the day the deadline's status next worsens by the unit's calendar: the day it turns yellow,
 *     the day after the deadline once yellow, {@code null} once red or before acceptance. Worked out whenever the
 *     deadline or the status changes, so that the sweep reads only the cases whose day has come (decision 0051).
 */
record Schedule(LocalDate acceptedOn, Instant acceptedAt, String acceptedBy, boolean deemedAccepted,
		Integer promisedDays, Integer statutoryDays, boolean naturalDays, LocalDate baseDeadline,
		LocalDate statutoryBaseDeadline, LocalDate promisedDeadline, LocalDate statutoryDeadline, LocalDate deadline,
		int pausedWorkingDays, int extensionWorkingDays, DeadlineStatus deadlineStatus, LocalDate deadlineTurnsOn) {

	static final Schedule NOT_ACCEPTED = new Schedule(null, null, null, false, null, null, false, null, null, null,
			null, null, 0, 0, null, null);

	/**
	 * The clock of a case accepted on the day: each limit counted from the day after, in working days unless the item
	 * says natural days.
	 */
	static Schedule start(LocalDate acceptedOn, Instant at, String by, boolean deemed, int promisedDays,
			Integer statutoryDays, boolean naturalDays, long unitId, CaseCalendar calendar) {
		LocalDate promised = limit(acceptedOn, promisedDays, naturalDays, unitId, calendar);
		LocalDate statutory = statutoryDays == null ? null
				: limit(acceptedOn, statutoryDays, naturalDays, unitId, calendar);
		return new Schedule(acceptedOn, at, by, deemed, promisedDays, statutoryDays, naturalDays, promised, statutory,
				promised, statutory, promised, 0, 0, DeadlineStatus.NORMAL,
				turnsOn(DeadlineStatus.NORMAL, acceptedOn, promised, unitId, calendar));
	}

	/**
	 * The day the status next worsens: a normal deadline on its first warning day, a yellow one the day after it; a
	 * red one, or none, never.
	 */
	static LocalDate turnsOn(DeadlineStatus status, LocalDate acceptedOn, LocalDate deadline, long unitId,
			CaseCalendar calendar) {
		if (deadline == null || status == DeadlineStatus.RED) {
			return null;
		}
		return status == DeadlineStatus.YELLOW ? deadline.plusDays(1)
				: calendar.firstWarningDay(unitId, acceptedOn, deadline);
	}

	private static LocalDate limit(LocalDate from, int days, boolean natural, long unitId, CaseCalendar calendar) {
		return natural ? calendar.naturalDeadline(unitId, from, days) : calendar.deadline(unitId, from, days);
	}

	/** The clock after more working days paused or extended: each deadline moved from its base by all of its days. */
	Schedule movedBy(int morePaused, int moreExtended, long unitId, CaseCalendar calendar) {
		int paused = pausedWorkingDays + morePaused;
		int extended = extensionWorkingDays + moreExtended;
		LocalDate inForce = moved(baseDeadline, paused + extended, unitId, calendar);
		return new Schedule(acceptedOn, acceptedAt, acceptedBy, deemedAccepted, promisedDays, statutoryDays,
				naturalDays, baseDeadline, statutoryBaseDeadline, moved(baseDeadline, paused, unitId, calendar),
				moved(statutoryBaseDeadline, paused, unitId, calendar), inForce, paused, extended, deadlineStatus,
				turnsOn(status(), acceptedOn, inForce, unitId, calendar));
	}

	private static LocalDate moved(LocalDate base, int days, long unitId, CaseCalendar calendar) {
		return base == null || days == 0 ? base : calendar.deadline(unitId, base, days);
	}

	/**
	 * An extension (延期) may be asked for: with days and a reason, none pending, within the item's maximum in sum
	 * (行政许可法 第四十二条). Whether it comes too late is {@link #lateOn}'s question, asked first.
	 */
	void requireExtensionMayBeAsked(int workingDays, String reason, Collection<CaseExtension> earlier, int maximum) {
		if (workingDays <= 0 || reason == null || reason.isBlank()) {
			throw new SubmissionInvalidException("casework.extension.incomplete");
		}
		if (earlier.stream().anyMatch(e -> e.decision() == null)) {
			throw new CaseRuleException("casework.extension.pending");
		}
		if (extensionWorkingDays + workingDays > maximum) {
			throw new CaseRuleException("casework.extension.beyondMaximum", maximum, extensionWorkingDays);
		}
	}

	/**
	 * Whether the deadline in force has passed on the day: an extension is asked and decided before it (行政许可法
	 * 第四十二条: 二十日内不能作出决定的 — the extension is of a limit still running, not a pardon for one missed).
	 */
	boolean lateOn(LocalDate day) {
		return day.isAfter(deadline);
	}

	/** A leader approves an extension only while the deadline in force has not passed. */
	void requireApprovableOn(LocalDate day) {
		if (lateOn(day)) {
			throw new CaseRuleException("casework.extension.approvalAfterDeadline", deadline);
		}
	}

	/** The working days used up to a decision on {@code day}: those since acceptance less those paused. */
	int workingDaysUsed(LocalDate day, long unitId, CaseCalendar calendar) {
		int used = day.isAfter(acceptedOn) ? calendar.workingDaysBetween(unitId, acceptedOn, day) - pausedWorkingDays
				: 0;
		return Math.max(0, used);
	}

	/** Decided on the day within what was promised: no extension counts (服务承诺制 measures the promise). */
	boolean withinPromise(LocalDate day) {
		return !day.isAfter(promisedDeadline);
	}

	/**
	 * Decided on the day within the statutory limit itself (an extension, lawful or not, is reported beside it);
	 * {@code null} when the law sets no limit.
	 */
	Boolean withinStatutoryLimit(LocalDate day) {
		return statutoryDeadline == null ? null : !day.isAfter(statutoryDeadline);
	}

	/** The clock with the status it has now, and the day that status next worsens. */
	Schedule marked(DeadlineStatus status, long unitId, CaseCalendar calendar) {
		return new Schedule(acceptedOn, acceptedAt, acceptedBy, deemedAccepted, promisedDays, statutoryDays,
				naturalDays, baseDeadline, statutoryBaseDeadline, promisedDeadline, statutoryDeadline, deadline,
				pausedWorkingDays, extensionWorkingDays, status, turnsOn(status, acceptedOn, deadline, unitId, calendar));
	}

	/** Whether the status may have worsened by the day: its day has come. */
	boolean turnsBy(LocalDate day) {
		return deadlineTurnsOn != null && !deadlineTurnsOn.isAfter(day);
	}

	/** The warning status last published; a case nobody marked yet is normal. */
	DeadlineStatus status() {
		return deadlineStatus == null ? DeadlineStatus.NORMAL : deadlineStatus;
	}
}
