package org.xiaoneng.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Working days and deadlines for a unit: the calendar every time limit of the platform is counted with. A unit is
 * named by its code (e.g. its unified social credit code); a unit without local holidays, or {@code null}, gets
 * the national calendar. Every answer is a few array look-ups; explanations are built only when asked for.
 */
@Service
public class WorkingDayCalendar {

	private final CalendarTables tables;

	private final Clock clock;

	WorkingDayCalendar(CalendarTables tables, Clock clock) {
		this.tables = tables;
		this.clock = clock;
	}

	/** Today in the platform's time zone (Asia/Shanghai). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Whether the date is a working day for the unit, and what kind of day it is. */
	public CalendarDay day(String unitCode, LocalDate date) {
		return table(unitCode).day(date);
	}

	/**
	 * The deadline {@code workingDays} working days after {@code from}: the start day never counts, day 1 is the
	 * next working day; 0 means the same day, or the next working day when the start is not one.
	 */
	public Deadline deadline(String unitCode, LocalDate from, int workingDays) {
		return table(unitCode).deadline(from, workingDays);
	}

	/** The deadline {@code naturalDays} natural days (自然日) after {@code from}, moved past a last day off. */
	public Deadline naturalDeadline(String unitCode, LocalDate from, int naturalDays) {
		return table(unitCode).naturalDeadline(from, naturalDays);
	}

	/** The working days after {@code from} up to and including {@code to}. */
	public WorkingDayCount workingDays(String unitCode, LocalDate from, LocalDate to) {
		return table(unitCode).workingDays(from, to);
	}

	/** The natural days after {@code from} up to and including {@code to}. */
	public WorkingDayCount naturalDays(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new ReversedDateRangeException(from, to);
		}
		return new WorkingDayCount(Math.toIntExact(ChronoUnit.DAYS.between(from, to)), false);
	}

	/**
	 * The working days left from today to the deadline (0 on the deadline itself); negative, the working days
	 * overdue, once it has passed.
	 */
	public WorkingDayCount remainingWorkingDays(String unitCode, LocalDate deadline) {
		LocalDate today = today();
		WorkingDayTable table = table(unitCode);
		if (today.isAfter(deadline)) {
			WorkingDayCount overdue = table.workingDays(deadline, today);
			return new WorkingDayCount(-overdue.days(), overdue.provisional());
		}
		return table.workingDays(today, deadline);
	}

	/**
	 * Today's status of work that started on {@code start} and is due at the end of {@code deadline}, counted in the
	 * unit's working days: normal, yellow (warning) or red (overdue).
	 */
	public DeadlineStatus status(String unitCode, LocalDate start, LocalDate deadline, DeadlineWarning warning) {
		return table(unitCode).status(start, deadline, today(), warning);
	}

	/**
	 * The day the status of that work first leaves normal: the day it turns yellow (or red, the day after the
	 * deadline, when no day before warns). A watcher keeps it and need not ask {@link #status} before that day.
	 */
	public LocalDate firstWarningDay(String unitCode, LocalDate start, LocalDate deadline, DeadlineWarning warning) {
		return table(unitCode).firstWarningDay(start, deadline, warning);
	}

	/** Every day of a year for the unit. */
	public List<CalendarDay> year(String unitCode, int year) {
		return table(unitCode).year(year);
	}

	/** Whether the year's national notice has been published; otherwise its deadlines are provisional. */
	public boolean published(int year) {
		return tables.table(null).published(year);
	}

	/** The first and last day the calendar covers. */
	public LocalDate firstSupportedDay() {
		return WorkingDayTable.FIRST;
	}

	public LocalDate lastSupportedDay() {
		return WorkingDayTable.LAST;
	}

	private WorkingDayTable table(String unitCode) {
		return tables.table(InvalidUnitCodeException.check(unitCode));
	}
}
