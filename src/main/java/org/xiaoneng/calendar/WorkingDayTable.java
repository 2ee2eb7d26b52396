package org.xiaoneng.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The deadline arithmetic of one calendar (national, or national plus a unit's local holidays), precomputed over
 * the whole supported range so that every question is answered with a few array look-ups: no loop over days.
 * Immutable; a publication builds a new table and swaps it in. A plain class, built from holiday data without
 * Spring, so benchmarks and tests can use it directly.
 *
 * <p>Counting follows 行政许可法 art. 82 and 民法典 art. 201: the start day never counts; day 1 is the next working
 * day. A year without a published notice is counted with weekends only, and answers that touch it are provisional.
 */
public final class WorkingDayTable {

	/** The first day covered: the first shipped notice is that of 2007. */
	public static final LocalDate FIRST = LocalDate.of(2007, 1, 1);

	/**
	 * The last day covered. Far beyond the published years, so that the longest accepted limit (3,650 working
	 * days, about fourteen years) started from any date up to the mid-2040s still has a (provisional) deadline.
	 */
	public static final LocalDate LAST = LocalDate.of(2060, 12, 31);

	private static final long BASE = FIRST.toEpochDay();

	private static final DayKind[] KINDS = DayKind.values();

	/** Every covered day, made once: answers hand out these instances instead of computing a date each time. */
	private static final LocalDate[] DATES = new LocalDate[(int) (LAST.toEpochDay() - BASE + 1)];

	private static final int FIRST_YEAR = FIRST.getYear();

	/**
	 * The index of the first day of each month of the range: a date's index is then one look-up plus its day of
	 * month, cheaper than converting it to an epoch day (divisions, leap-year rules) on every call.
	 */
	private static final int[] MONTH_START = new int[(LAST.getYear() - FIRST_YEAR + 1) * 12];

	static {
		for (int i = 0; i < DATES.length; i++) {
			DATES[i] = LocalDate.ofEpochDay(BASE + i);
		}
		for (int month = 0; month < MONTH_START.length; month++) {
			MONTH_START[month] = (int) (LocalDate.of(FIRST_YEAR + month / 12, month % 12 + 1, 1).toEpochDay() - BASE);
		}
	}

	/** The kind of each day, as its ordinal. */
	private final byte[] kinds;

	/** Whether each day is a working day: the kind, reduced to what the arithmetic needs. */
	private final boolean[] working;

	/** The holiday name of each day, or null. */
	private final String[] names;

	/** {@code workedThrough[i]}: the number of working days among days 0..i, inclusive. */
	private final int[] workedThrough;

	/** {@code workingDay[k]}: the index of the (k+1)-th working day of the range: the inverse of the above. */
	private final int[] workingDay;

	/** {@code unpublishedBefore[i]}: the number of days before day i that lie in a year without a notice. */
	private final int[] unpublishedBefore;

	private final boolean[] publishedYears;

	private WorkingDayTable(byte[] kinds, String[] names, boolean[] publishedYears) {
		int days = kinds.length;
		this.kinds = kinds;
		this.working = new boolean[days];
		this.names = names;
		this.publishedYears = publishedYears;
		this.workedThrough = new int[days];
		this.unpublishedBefore = new int[days + 1];
		int worked = 0;
		for (int i = 0; i < days; i++) {
			working[i] = KINDS[kinds[i]].working();
			if (working[i]) {
				worked++;
			}
			workedThrough[i] = worked;
			boolean published = publishedYears[date(i).getYear() - FIRST.getYear()];
			unpublishedBefore[i + 1] = unpublishedBefore[i] + (published ? 0 : 1);
		}
		this.workingDay = new int[worked];
		for (int i = 0, k = 0; i < days; i++) {
			if (working[i]) {
				workingDay[k++] = i;
			}
		}
	}

	/** The national calendar as shipped with the product. */
	public static WorkingDayTable shipped() {
		return of(HolidayFiles.shipped(), Map.of());
	}

	/**
	 * A calendar from the years' notices (a later notice wins for a day listed twice) and a unit's local holidays
	 * (rest days on top of the national calendar).
	 */
	public static WorkingDayTable of(Collection<YearCalendar> years, Map<LocalDate, String> localHolidays) {
		int days = (int) (LAST.toEpochDay() - BASE + 1);
		byte[] kinds = new byte[days];
		String[] names = new String[days];
		boolean[] published = new boolean[LAST.getYear() - FIRST.getYear() + 1];
		for (int i = 0; i < days; i++) {
			DayOfWeek weekday = date(i).getDayOfWeek();
			boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
			kinds[i] = (byte) (weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY).ordinal();
		}
		List<YearCalendar> ordered = new ArrayList<>(years);
		ordered.sort(Comparator.comparingInt(YearCalendar::year));
		for (YearCalendar year : ordered) {
			if (year.published() && year.year() >= FIRST.getYear() && year.year() <= LAST.getYear()) {
				published[year.year() - FIRST.getYear()] = true;
			}
			for (HolidayEntry entry : year.days()) {
				int i = indexOrNegative(entry.date());
				if (i < 0) {
					continue;
				}
				if (entry.offDay()) {
					kinds[i] = (byte) DayKind.PUBLIC_HOLIDAY.ordinal();
					names[i] = entry.name();
				}
				else if (kinds[i] != DayKind.WORKING_DAY.ordinal()) {
					kinds[i] = (byte) DayKind.MAKE_UP_WORKING_DAY.ordinal();
					names[i] = entry.name();
				}
			}
		}
		localHolidays.forEach((date, name) -> {
			int i = indexOrNegative(date);
			if (i >= 0 && KINDS[kinds[i]].working()) {
				kinds[i] = (byte) DayKind.LOCAL_HOLIDAY.ordinal();
				names[i] = name;
			}
		});
		return new WorkingDayTable(kinds, names, published);
	}

	/** What kind of day a date is. */
	public CalendarDay day(LocalDate date) {
		int i = index(date);
		return day(i);
	}

	/** Whether the year has a published notice (otherwise it is counted with weekends only). */
	public boolean published(int year) {
		return year >= FIRST.getYear() && year <= LAST.getYear() && publishedYears[year - FIRST.getYear()];
	}

	/** Every day of a year, for the year view and the iCalendar feed. */
	public List<CalendarDay> year(int year) {
		int first = index(LocalDate.of(year, 1, 1));
		int last = index(LocalDate.of(year, 12, 31));
		List<CalendarDay> days = new ArrayList<>(last - first + 1);
		for (int i = first; i <= last; i++) {
			days.add(day(i));
		}
		return days;
	}

	/**
	 * The end of a limit of {@code workingDays} working days started on {@code from}: the start day never counts,
	 * day 1 is the next working day. Zero days means the same day, or the next working day when the start is not
	 * one.
	 */
	public Deadline deadline(LocalDate from, int workingDays) {
		DayCountOutOfRangeException.check(workingDays);
		int start = index(from);
		int end;
		if (workingDays == 0 && working[start]) {
			end = start;
		}
		else {
			// workedThrough[start] working days lie at or before the start; the next ones follow it in order
			int k = workedThrough[start] + Math.max(workingDays, 1) - 1;
			if (k >= workingDay.length) {
				throw outside();
			}
			end = workingDay[k];
		}
		return new Deadline(this, start, end, end, workingDays, false);
	}

	/**
	 * The end of a limit of {@code naturalDays} natural days (自然日) started on {@code from}: the start day does not
	 * count; when the last day is not a working day the limit ends on the next working day (民法典 art. 203: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
	 */
	public Deadline naturalDeadline(LocalDate from, int naturalDays) {
		DayCountOutOfRangeException.check(naturalDays);
		int start = index(from);
		int last = start + naturalDays;
		if (last >= kinds.length) {
			throw outside();
		}
		int end = working[last] ? last : nextWorkingDay(last);
		return new Deadline(this, start, last, end, naturalDays, true);
	}

	/** The working days after {@code from} up to and including {@code to}. */
	public WorkingDayCount workingDays(LocalDate from, LocalDate to) {
		int start = index(from);
		int end = index(to);
		if (start > end) {
			throw new ReversedDateRangeException(from, to);
		}
		return new WorkingDayCount(workedThrough[end] - workedThrough[start], provisional(start, end));
	}

	/**
	 * The status on {@code today} of work that started on {@code start} and is due at the end of {@code deadline}:
	 * red after the deadline; yellow when the working days left or the share of working days used reach the warning;
	 * normal otherwise. O(1), like every count of the table.
	 */
	public DeadlineStatus status(LocalDate start, LocalDate deadline, LocalDate today, DeadlineWarning warning) {
		if (today.isAfter(deadline)) {
			return DeadlineStatus.RED;
		}
		int left = workingDays(today, deadline).days();
		if (left <= warning.workingDaysLeft()) {
			return DeadlineStatus.YELLOW;
		}
		int total = start.isBefore(deadline) ? workingDays(start, deadline).days() : 0;
		int used = start.isBefore(today) ? workingDays(start, today).days() : 0;
		// used / total >= percent / 100, in integers
		return total > 0 && used * 100L >= (long) warning.percentUsed() * total ? DeadlineStatus.YELLOW
				: DeadlineStatus.NORMAL;
	}

	/**
	 * The first day from {@code start} on whose {@link #status} is no longer normal: the day the work turns yellow, or
	 * the day after its deadline when no day before warns. The status only worsens as the days pass (fewer working
	 * days left, more used), so the days are tried in turn, each O(1).
	 */
	public LocalDate firstWarningDay(LocalDate start, LocalDate deadline, DeadlineWarning warning) {
		LocalDate day = start;
		while (status(start, deadline, day, warning) == DeadlineStatus.NORMAL) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The first working day after day {@code i}. */
	private int nextWorkingDay(int i) {
		int k = workedThrough[i];
		if (k >= workingDay.length) {
			throw outside();
		}
		return workingDay[k];
	}

	/** Whether any day from {@code start} to {@code end} lies in a year without a published notice. */
	boolean provisional(int start, int end) {
		return unpublishedBefore[end + 1] - unpublishedBefore[start] > 0;
	}

	List<ExplainedDay> explainWorkingDays(int start, int end, int workingDays) {
		List<ExplainedDay> days = new ArrayList<>();
		int ordinal = 0;
		// with zero days the start itself is listed when it is skipped, so the reader sees why the date moved
		int first = workingDays == 0 ? start : start + 1;
		for (int i = first; i <= end; i++) {
			boolean counted = workingDays > 0 && KINDS[kinds[i]].working();
			days.add(new ExplainedDay(date(i), KINDS[kinds[i]], names[i], counted, counted ? ++ordinal : 0));
		}
		return days;
	}

	List<ExplainedDay> explainNaturalDays(int start, int last, int end) {
		List<ExplainedDay> days = new ArrayList<>();
		for (int i = start + 1; i <= end; i++) {
			boolean counted = i <= last;
			days.add(new ExplainedDay(date(i), KINDS[kinds[i]], names[i], counted, counted ? i - start : 0));
		}
		return days;
	}

	private CalendarDay day(int i) {
		LocalDate date = date(i);
		return new CalendarDay(date, KINDS[kinds[i]], names[i], !publishedYears[date.getYear() - FIRST.getYear()]);
	}

	static LocalDate date(int index) {
		return DATES[index];
	}

	private static int index(LocalDate date) {
		int i = indexOrNegative(date);
		if (i < 0) {
			throw outside();
		}
		return i;
	}

	private static int indexOrNegative(LocalDate date) {
		int year = date.getYear() - FIRST_YEAR;
		if (year < 0 || year >= MONTH_START.length / 12) {
			return -1;
		}
		return MONTH_START[year * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
	}

	private static DateOutsideSupportedRangeException outside() {
		return new DateOutsideSupportedRangeException(FIRST, LAST);
	}
}
