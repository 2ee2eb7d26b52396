package org.xiaoneng.supervision;

import java.time.LocalDate;

/**
 * 限时办结制: when a running deadline turns to a warning — once the share of its working days used reaches the
 * unit's per cent, or when only the unit's number of working days is left, whichever comes first. Yellow is the
 * deadline's own day, red any day after it.
 */
final class DeadlineThresholds {

	/** The unit's working-day arithmetic, so that the policy is tested without a calendar. */
	interface WorkingDays {

		/** The end of the {@code n}th working day after {@code from} (the start day never counts). */
		LocalDate after(LocalDate from, int n);

		/** The working days after {@code from} up to and including {@code to}. */
		int between(LocalDate from, LocalDate to);
	}

	private DeadlineThresholds() {
	}

	/**
	 * The first day of the warning for work started on {@code start} and due at the end of {@code deadline}.
	 *
	 * @param percentUsed the share of the time used that warns, 50 to 99
	 * @param daysLeft the working days left that warn, 0 or more
	 */
	static LocalDate warnOn(LocalDate start, LocalDate deadline, int percentUsed, int daysLeft, WorkingDays days) {
		int total = days.between(start, deadline);
		// the day on which the used share first reaches the per cent: ceil(total × per cent / 100) working days in
		int byShare = (total * percentUsed + 99) / 100;
		int byDaysLeft = total - daysLeft;
		int used = Math.max(0, Math.min(byShare, byDaysLeft));
		return used == 0 ? start : days.after(start, used);
	}
}
