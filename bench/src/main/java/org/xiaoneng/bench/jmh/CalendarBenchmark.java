package org.xiaoneng.bench.jmh;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.xiaoneng.calendar.HolidayEntry;
import org.xiaoneng.calendar.HolidayFiles;
import org.xiaoneng.calendar.WorkingDayTable;
import org.xiaoneng.calendar.YearCalendar;

/**
 * Deadline arithmetic of the working-day calendar, which every list of cases runs for each row (remaining days),
 * against the common approach that walks day by day over a {@code HashSet} of holidays. Both use the shipped
 * national calendar and the same random start days across the covered years; the {@code baseline…} methods are
 * the walk, and {@code bench/run} prints the ratio of each method to its baseline.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class CalendarBenchmark {

	/** A power of two, so the next sample is picked with a mask. */
	private static final int SAMPLES = 1 << 14;

	private WorkingDayTable table;

	private Set<LocalDate> restDays;

	private Set<LocalDate> makeUpDays;

	private LocalDate[] from;

	private LocalDate[] to;

	private int next;

	@Setup
	public void prepare() {
		table = WorkingDayTable.shipped();
		restDays = new HashSet<>();
		makeUpDays = new HashSet<>();
		for (YearCalendar year : HolidayFiles.shipped()) {
			for (HolidayEntry day : year.days()) {
				(day.offDay() ? restDays : makeUpDays).add(day.date());
			}
		}
		Random random = new Random(20261129L);
		from = new LocalDate[SAMPLES];
		to = new LocalDate[SAMPLES];
		int range = (int) (LocalDate.of(2040, 12, 31).toEpochDay() - WorkingDayTable.FIRST.toEpochDay());
		for (int i = 0; i < SAMPLES; i++) {
			from[i] = WorkingDayTable.FIRST.plusDays(random.nextInt(range));
			// up to two months: the span of a typical time limit
			to[i] = from[i].plusDays(random.nextInt(61));
		}
	}

	@Benchmark
	public LocalDate deadline20() {
		return table.deadline(from[sample()], 20).date();
	}

	@Benchmark
	public int workingDays() {
		int i = sample();
		return table.workingDays(from[i], to[i]).days();
	}

	@Benchmark
	public LocalDate baselineDeadline20() {
		LocalDate day = from[sample()];
		int counted = 0;
		while (counted < 20) {
			day = day.plusDays(1);
			if (working(day)) {
				counted++;
			}
		}
		return day;
	}

	@Benchmark
	public int baselineWorkingDays() {
		int i = sample();
		int counted = 0;
		for (LocalDate day = from[i].plusDays(1); !day.isAfter(to[i]); day = day.plusDays(1)) {
			if (working(day)) {
				counted++;
			}
		}
		return counted;
	}

	private boolean working(LocalDate day) {
		if (makeUpDays.contains(day)) {
			return true;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !restDays.contains(day);
	}

	private int sample() {
		next = (next + 1) & (SAMPLES - 1);
		return next;
	}
}
