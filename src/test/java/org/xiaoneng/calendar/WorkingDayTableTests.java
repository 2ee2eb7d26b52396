package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Deadlines over real holidays of the shipped national calendar, with the expected dates worked out by hand from
 * the State Council's notices (calendar/holidays/2025.json and 2026.json).
 */
class WorkingDayTableTests {

	private static final WorkingDayTable NATIONAL = WorkingDayTable.shipped();

	@Test
	void tenWorkingDaysAcrossNationalDay2025EndOnOctober16() {
		// From Friday 2025-09-26 (does not count): 09-27 Sat skipped; 09-28 Sun make-up day = 1; 09-29 Mon = 2;
		// 09-30 Tue = 3; 10-01..10-08 国庆节、中秋节 skipped; 10-09 Thu = 4; 10-10 Fri = 5; 10-11 Sat make-up = 6;
		// 10-12 Sun skipped; 10-13 Mon = 7; 10-14 = 8; 10-15 = 9; 10-16 Thu = 10.
		Deadline deadline = NATIONAL.deadline(LocalDate.of(2025, 9, 26), 10);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 10, 16));
		assertThat(deadline.provisional()).isFalse();
		List<ExplainedDay> explanation = deadline.explanation();
		assertThat(explanation).hasSize(20);
		assertThat(explanation.get(0)).isEqualTo(new ExplainedDay(LocalDate.of(2025, 9, 27), DayKind.WEEKEND, null, false, 0));
		assertThat(explanation.get(1))
			.isEqualTo(new ExplainedDay(LocalDate.of(2025, 9, 28), DayKind.MAKE_UP_WORKING_DAY, "国庆节、中秋节", true, 1));
		assertThat(explanation.get(4))
			.isEqualTo(new ExplainedDay(LocalDate.of(2025, 10, 1), DayKind.PUBLIC_HOLIDAY, "国庆节、中秋节", false, 0));
		assertThat(explanation.get(19)).isEqualTo(new ExplainedDay(LocalDate.of(2025, 10, 16), DayKind.WORKING_DAY, null, true, 10));
		assertThat(explanation.stream().filter(ExplainedDay::counted)).hasSize(10);
	}

	@Test
	void twentyWorkingDaysAcrossSpringFestival2026EndOnMarch16() {
		// From Tuesday 2026-02-10: 02-11 Wed = 1; 02-12 = 2; 02-13 Fri = 3; 02-14 Sat make-up day = 4;
		// 02-15..02-23 春节 skipped; 02-24 Tue = 5; 02-25 = 6; 02-26 = 7; 02-27 Fri = 8; 02-28 Sat make-up = 9;
		// 03-01 Sun skipped; 03-02 Mon = 10 … 03-06 Fri = 14; weekend; 03-09 Mon = 15 … 03-13 Fri = 19;
		// weekend; 03-16 Mon = 20.
		Deadline deadline = NATIONAL.deadline(LocalDate.of(2026, 2, 10), 20);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(deadline.provisional()).isFalse();
		assertThat(deadline.explanation()).filteredOn(day -> day.kind() == DayKind.PUBLIC_HOLIDAY)
			.hasSize(9)
			.allSatisfy(day -> assertThat(day.name()).isEqualTo("春节"));
	}

	@Test
	void aDeadlineReachingIntoTheUnpublishedYear2027IsProvisionalAndCountsWeekendsOnly() {
		// From Friday 2026-12-25: 12-28 Mon = 1 … 12-31 Thu = 4; 2027-01-01 Fri = 5 (no 2027 notice yet, so no
		// New Year's Day); 01-04 Mon = 6 … 01-08 Fri = 10.
		Deadline deadline = NATIONAL.deadline(LocalDate.of(2026, 12, 25), 10);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2027, 1, 8));
		assertThat(deadline.provisional()).isTrue();
		assertThat(NATIONAL.deadline(LocalDate.of(2026, 12, 25), 2).provisional()).isFalse();
		assertThat(NATIONAL.day(LocalDate.of(2027, 1, 1)))
			.isEqualTo(new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.WORKING_DAY, null, true));
		assertThat(NATIONAL.workingDays(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 8)))
			.isEqualTo(new WorkingDayCount(10, true));
	}

	@Test
	void zeroWorkingDaysIsTheSameDayOrTheNextWorkingDay() {
		assertThat(NATIONAL.deadline(LocalDate.of(2025, 9, 26), 0).date()).isEqualTo(LocalDate.of(2025, 9, 26));
		assertThat(NATIONAL.deadline(LocalDate.of(2025, 10, 1), 0).date()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(NATIONAL.deadline(LocalDate.of(2025, 10, 1), 0).explanation()).extracting(ExplainedDay::counted)
			.containsOnly(false);
		assertThat(NATIONAL.deadline(LocalDate.of(2025, 9, 27), 0).date()).isEqualTo(LocalDate.of(2025, 9, 28));
	}

	@Test
	void aStartOnAHolidayCountsFromTheNextWorkingDay() {
		// 2025-10-03 is 国庆节: day 1 is 10-09, day 3 is 10-11 (a Saturday worked as make-up day)
		assertThat(NATIONAL.deadline(LocalDate.of(2025, 10, 3), 3).date()).isEqualTo(LocalDate.of(2025, 10, 11));
	}

	@Test
	void workingDaysBetweenExcludeTheStartAndIncludeTheEnd() {
		assertThat(NATIONAL.workingDays(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 16)))
			.isEqualTo(new WorkingDayCount(10, false));
		assertThat(NATIONAL.workingDays(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 16)).days()).isZero();
		assertThatThrownBy(() -> NATIONAL.workingDays(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 15)))
			.isInstanceOf(ReversedDateRangeException.class);
	}

	@Test
	void aNaturalDayLimitEndingOnAHolidayMovesToTheNextWorkingDay() {
		// 15 natural days from 2025-09-16 end on 10-01, 国庆节; the limit ends on the first working day after the
		// holiday, 10-09 (民法典 art. 203)
		Deadline deadline = NATIONAL.naturalDeadline(LocalDate.of(2025, 9, 16), 15);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(deadline.explanation()).filteredOn(ExplainedDay::counted).hasSize(15);
		assertThat(NATIONAL.naturalDeadline(LocalDate.of(2025, 9, 1), 15).date()).isEqualTo(LocalDate.of(2025, 9, 16));
	}

	@Test
	void aLocalHolidayIsARestDayOnlyInItsUnitsCalendar() {
		WorkingDayTable local = WorkingDayTable.of(HolidayFiles.shipped(),
				Map.of(LocalDate.of(2026, 3, 3), "三月三"));

		assertThat(local.day(LocalDate.of(2026, 3, 3)).kind()).isEqualTo(DayKind.LOCAL_HOLIDAY);
		assertThat(local.deadline(LocalDate.of(2026, 3, 2), 1).date()).isEqualTo(LocalDate.of(2026, 3, 4));
		assertThat(NATIONAL.deadline(LocalDate.of(2026, 3, 2), 1).date()).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void countsAndDatesOutsideTheirRangesAreRefused() {
		assertThatThrownBy(() -> NATIONAL.deadline(LocalDate.of(2025, 1, 1), -1))
			.isInstanceOf(DayCountOutOfRangeException.class);
		assertThatThrownBy(() -> NATIONAL.deadline(LocalDate.of(2025, 1, 1), 3651))
			.isInstanceOf(DayCountOutOfRangeException.class);
		assertThatThrownBy(() -> NATIONAL.day(LocalDate.of(2006, 12, 31)))
			.isInstanceOf(DateOutsideSupportedRangeException.class);
		assertThatThrownBy(() -> NATIONAL.deadline(LocalDate.of(2060, 6, 1), 3650))
			.isInstanceOf(DateOutsideSupportedRangeException.class);
		assertThat(NATIONAL.deadline(LocalDate.of(2026, 1, 5), 3650).provisional()).isTrue();
	}

	@Test
	void aDeadlineTurnsYellowAtOneWorkingDayLeftAndRedTheDayAfter() {
		// Accepted Monday 2026-03-02, due in 10 working days: Monday 2026-03-16.
		LocalDate start = LocalDate.of(2026, 3, 2);
		LocalDate due = LocalDate.of(2026, 3, 16);

		assertThat(NATIONAL.status(start, due, LocalDate.of(2026, 3, 3), DeadlineWarning.DEFAULT))
			.isEqualTo(DeadlineStatus.NORMAL);
		// Friday 03-13: one working day (Monday) left
		assertThat(NATIONAL.status(start, due, LocalDate.of(2026, 3, 13), DeadlineWarning.DEFAULT))
			.isEqualTo(DeadlineStatus.YELLOW);
		assertThat(NATIONAL.status(start, due, due, DeadlineWarning.DEFAULT)).isEqualTo(DeadlineStatus.YELLOW);
		assertThat(NATIONAL.status(start, due, LocalDate.of(2026, 3, 17), DeadlineWarning.DEFAULT))
			.isEqualTo(DeadlineStatus.RED);
	}

	@Test
	void aDeadlineTurnsYellowOnceTheWarningShareOfItsWorkingDaysIsUsed() {
		// 10 working days from 2026-03-02; on Tuesday 03-10, 6 are used (60 %), on Thursday 03-12, 8 (80 %).
		LocalDate start = LocalDate.of(2026, 3, 2);
		LocalDate due = LocalDate.of(2026, 3, 16);
		DeadlineWarning noDaysRule = new DeadlineWarning(0, 80);

		assertThat(NATIONAL.status(start, due, LocalDate.of(2026, 3, 10), noDaysRule)).isEqualTo(DeadlineStatus.NORMAL);
		assertThat(NATIONAL.status(start, due, LocalDate.of(2026, 3, 11), noDaysRule)).isEqualTo(DeadlineStatus.NORMAL);
		assertThat(NATIONAL.status(start, due, LocalDate.of(2026, 3, 12), noDaysRule)).isEqualTo(DeadlineStatus.YELLOW);
	}

	@Test
	void aWarningOutsideItsRangeIsRefused() {
		assertThatThrownBy(() -> new DeadlineWarning(-1, 80)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DeadlineWarning(1, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DeadlineWarning(1, 101)).isInstanceOf(IllegalArgumentException.class);
	}
}
