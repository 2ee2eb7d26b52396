package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When a running deadline turns to a warning, on a calendar of weekdays only. */
class DeadlineThresholdsUnitTests {

	/** Monday 2 March 2026. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static final DeadlineThresholds.WorkingDays WEEKDAYS = new DeadlineThresholds.WorkingDays() {

		@Override
		public LocalDate after(LocalDate from, int n) {
			LocalDate day = from;
			for (int left = n; left > 0;) {
				day = day.plusDays(1);
				if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
					left--;
				}
			}
			return day;
		}

		@Override
		public int between(LocalDate from, LocalDate to) {
			int count = 0;
			for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
				if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
					count++;
				}
			}
			return count;
		}
	};

	@Test
	void aFiveDayCaseWarnsOnItsFourthWorkingDayByTheDefaultEightyPerCent() {
		LocalDate deadline = WEEKDAYS.after(MONDAY, 5);

		assertThat(DeadlineThresholds.warnOn(MONDAY, deadline, 80, 1, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 6));
	}

	@Test
	void theDaysLeftWarnEarlierThanTheShareWhenTheyComeFirst() {
		LocalDate deadline = WEEKDAYS.after(MONDAY, 20);

		assertThat(DeadlineThresholds.warnOn(MONDAY, deadline, 95, 3, WEEKDAYS)).isEqualTo(WEEKDAYS.after(MONDAY, 17));
	}

	@Test
	void theShareRoundsUpToAWholeWorkingDay() {
		LocalDate deadline = WEEKDAYS.after(MONDAY, 5);

		assertThat(DeadlineThresholds.warnOn(MONDAY, deadline, 50, 0, WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void aOneDayCaseWarnsFromItsFirstDay() {
		assertThat(DeadlineThresholds.warnOn(MONDAY, MONDAY.plusDays(1), 80, 1, WEEKDAYS)).isEqualTo(MONDAY);
	}
}
