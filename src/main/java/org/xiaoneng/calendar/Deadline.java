package org.xiaoneng.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A computed time limit: the last day, whether it rests on a year without a published calendar, and on request
 * the explanation of how it was computed (built only when asked for: it lists days one by one).
 */
public final class Deadline {

	private final LocalDate from;

	private final int days;

	private final boolean naturalDays;

	private final LocalDate date;

	private final boolean provisional;

	private final Supplier<List<ExplainedDay>> explanation;

	Deadline(LocalDate from, int days, boolean naturalDays, LocalDate date, boolean provisional,
			Supplier<List<ExplainedDay>> explanation) {
		this.from = from;
		this.days = days;
		this.naturalDays = naturalDays;
		this.date = date;
		this.provisional = provisional;
		this.explanation = explanation;
	}

	/** The start day (the day of acceptance, which never counts). */
	public LocalDate from() {
		return from;
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
		return date;
	}

	/** The computation reached into a year without a published calendar and will change when it is published. */
	public boolean provisional() {
		return provisional;
	}

	/** The days after the start up to the deadline, each counted or skipped with its reason. */
	public List<ExplainedDay> explanation() {
		return explanation.get();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Deadline that && from.equals(that.from) && days == that.days
				&& naturalDays == that.naturalDays && date.equals(that.date) && provisional == that.provisional;
	}

	@Override
	public int hashCode() {
		return Objects.hash(from, days, naturalDays, date, provisional);
	}

	@Override
	public String toString() {
		return (naturalDays ? "natural" : "working") + " days " + days + " from " + from + " -> " + date
				+ (provisional ? " (provisional)" : "");
	}
}
