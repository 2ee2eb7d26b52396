package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The calendar module's main story with only the modules it needs (the audit log and the shared kernel): an
 * administrator adds a unit's local holiday, {@link CalendarChanged} announces the year, and the unit's deadlines
 * skip the day while the national calendar keeps it as a working day.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "security", "database", "documents" })
class CalendarModuleTests {

	@Autowired
	CalendarAdministration administration;

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	@WithMockUser(username = "calendar-admin", roles = "ADMIN")
	void aUnitsLocalHolidayIsAnnouncedAndItsDeadlinesSkipTheDay(Scenario scenario) {
		String unit = "450000-MODULE";
		LocalDate sanyuesan = LocalDate.of(2026, 4, 20);

		scenario.stimulate(() -> administration.addLocalHoliday(unit, sanyuesan, "壮族三月三"))
			.andWaitForEventOfType(CalendarChanged.class)
			.matching(changed -> unit.equals(changed.unitCode()))
			.toArriveAndVerify(changed -> {
				assertThat(changed.years()).isEqualTo(Set.of(2026));
				assertThat(calendar.day(unit, sanyuesan).kind()).isEqualTo(DayKind.LOCAL_HOLIDAY);
				// Friday 04-17 plus one working day: Monday 04-20 nationally, Tuesday 04-21 for the unit
				assertThat(calendar.deadline(unit, LocalDate.of(2026, 4, 17), 1).date())
					.isEqualTo(LocalDate.of(2026, 4, 21));
				assertThat(calendar.deadline(null, LocalDate.of(2026, 4, 17), 1).date())
					.isEqualTo(LocalDate.of(2026, 4, 20));
			});
	}
}
