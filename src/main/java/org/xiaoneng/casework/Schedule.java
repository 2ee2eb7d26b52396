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

	Schedule moved(int paused, int extended, LocalDate newDeadline) {
		return new Schedule(acceptedOn, acceptedAt, acceptedBy, deemedAccepted, promisedDays, naturalDays, baseDeadline,
				newDeadline, paused, extended, deadlineStatus);
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
