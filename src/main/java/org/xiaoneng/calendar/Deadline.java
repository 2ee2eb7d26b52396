package org.xiaoneng.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A computed time limit: the last day, whether it rests on a year without a published calendar, and on request
 * the explanation of how it was computed (built only when asked for: it lists days one by one).
 */
public final class Deadline {

	private final WorkingDayTable table;

	private final int start;

	private final int last;

	private final int end;

	private final int days;

	private final boolean naturalDays;

	/**
	 * A deadline by its day indexes in the table: the start, the last counted day (natural days: the day the count
	 * reached, before moving past days off) and the end.
	 */
	Deadline(WorkingDayTable table, int start, int last, int end, int days, boolean naturalDays) {
		this.table = table;
		this.start = start;
		this.last = last;
		this.end = end;
		this.days = days;
		this.naturalDays = naturalDays;
	}

	/** The start day (the day of acceptance, which never counts). */
	public LocalDate from() {
		return WorkingDayTable.date(start);
	}

	/** The number of days of the limit. */
	public int days() {
		return days;
	}

	/** Whether the limit is counted in natural days (自然日) rather than working days. */
	public boolean naturalDays() {
		return naturalDays;
	}

	/** The last day of the limit: the limit ends when this day ends. */
	public LocalDate date() {
		return WorkingDayTable.date(end);
	}

	/** The computation reached into a year without a published calendar and will change when it is published. */
	public boolean provisional() {
		// looked up when asked: most callers want only the date, and this keeps their answer to fewer memory reads
		return table.provisional(start, end);
	}

	/** The days after the start up to the deadline, each counted or skipped with its reason. */
	public List<ExplainedDay> explanation() {
		return naturalDays ? table.explainNaturalDays(start, last, end) : table.explainWorkingDays(start, end, days);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Deadline that && table == that.table && start == that.start && days == that.days
				&& naturalDays == that.naturalDays && end == that.end;
	}

	@Override
	public int hashCode() {
		return Objects.hash(start, days, naturalDays, end);
	}

	@Override
	public String toString() {
		return (naturalDays ? "natural" : "working") + " days " + days + " from " + from() + " -> " + date()
				+ (provisional() ? " (provisional)" : "");
	}
}
