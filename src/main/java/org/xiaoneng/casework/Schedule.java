package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.xiaoneng.calendar.DeadlineStatus;

/**
 * A case's clock from acceptance on (限时办结制): the promised deadline from the item's limit, moved by the working
 * days of its pauses and approved extensions, and the warning status last published for it.
 */
record Schedule(LocalDate acceptedOn, Instant acceptedAt, String acceptedBy, boolean deemedAccepted,
		Integer promisedDays, boolean naturalDays, LocalDate baseDeadline, LocalDate deadline, int pausedWorkingDays,
		int extensionWorkingDays, DeadlineStatus deadlineStatus) {

	static final Schedule NOT_ACCEPTED = new Schedule(null, null, null, false, null, false, null, null, 0, 0, null);

	/** The clock after more working days paused or extended: the base deadline moved by all of them. */
	Schedule movedBy(int morePaused, int moreExtended, long unitId, CaseCalendar calendar) {
		int paused = pausedWorkingDays + morePaused;
		int extended = extensionWorkingDays + moreExtended;
		LocalDate moved = paused + extended == 0 ? baseDeadline
				: calendar.deadline(unitId, baseDeadline, paused + extended);
		return new Schedule(acceptedOn, acceptedAt, acceptedBy, deemedAccepted, promisedDays, naturalDays, baseDeadline,
				moved, paused, extended, deadlineStatus);
	}

	/** The working days used up to a decision on {@code day}: those since acceptance less those paused. */
	int workingDaysUsed(LocalDate day, long unitId, CaseCalendar calendar) {
		int used = day.isAfter(acceptedOn) ? calendar.workingDaysBetween(unitId, acceptedOn, day) - pausedWorkingDays
				: 0;
		return Math.max(0, used);
	}

	Schedule marked(DeadlineStatus status) {
		return new Schedule(acceptedOn, acceptedAt, acceptedBy, deemedAccepted, promisedDays, naturalDays, baseDeadline,
				deadline, pausedWorkingDays, extensionWorkingDays, status);
	}

	/** The warning status last published; a case nobody marked yet is normal. */
	DeadlineStatus status() {
		return deadlineStatus == null ? DeadlineStatus.NORMAL : deadlineStatus;
	}
}
