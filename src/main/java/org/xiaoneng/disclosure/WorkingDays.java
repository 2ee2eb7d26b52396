package org.xiaoneng.disclosure;

import java.time.LocalDate;

/** A unit's working days, as a request's time limits are counted: the calendar module's, or a test's own. */
interface WorkingDays {

	/** The day {@code days} working days after {@code from} (the day itself does not count). */
	LocalDate after(LocalDate from, int days);

	/** The working days after {@code from} up to and including {@code to}. */
	int between(LocalDate from, LocalDate to);
}
