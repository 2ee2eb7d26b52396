package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.calendar.HolidayFiles.DayRange;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * An administrator publishes a year (versioned, audited, announced) and a unit's local holidays; the calendars in
 * force follow at once on this node, and on other nodes through the stored revision. Each test uses its own far
 * year or unit, so the shared database keeps the shipped national calendar for everyone else.
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarAdministrationTests {

	@Autowired
	CalendarAdministration administration;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	CalendarRefresh refresh;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MutableClock clock;

	@Test
	@WithMockUser(username = "calendar-admin", roles = "ADMIN")
	void publishingAYearMakesItsHolidaysCountAndAnnouncesTheChange() {
		YearCalendar year2058 = HolidayFiles.fromRanges(2058,
				List.of(new DayRange(LocalDate.of(2058, 10, 1), LocalDate.of(2058, 10, 7), "国庆节")),
				List.of(new DayRange(LocalDate.of(2058, 9, 29), LocalDate.of(2058, 9, 29), "国庆节")));
		assertThat(calendar.deadline(null, LocalDate.of(2058, 9, 30), 1).provisional()).isTrue();

		CalendarDiff diff = administration.preview(year2058);
		assertThat(diff.currentVersion()).isZero();
		assertThat(diff.changes()).hasSize(8).allSatisfy(change -> assertThat(change.before()).isNull());
		YearVersion published = administration.publish(year2058, 0);

		assertThat(published.version()).isEqualTo(1);
		assertThat(calendar.day(null, LocalDate.of(2058, 10, 1)))
			.isEqualTo(new CalendarDay(LocalDate.of(2058, 10, 1), DayKind.PUBLIC_HOLIDAY, "国庆节", false));
		assertThat(calendar.day(null, LocalDate.of(2058, 9, 29)).kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
		// 2058-09-30 is a Monday; after the holiday (10-01..07) the first working day is Tuesday 10-08
		Deadline deadline = calendar.deadline(null, LocalDate.of(2058, 9, 30), 1);
		assertThat(deadline.date()).isEqualTo(LocalDate.of(2058, 10, 8));
		assertThat(deadline.provisional()).isFalse();
		assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged(Set.of(2058), null));
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE module = 'calendar' AND action = "
				+ "'calendar.year.published' AND object_id = '2058' AND actor = 'calendar-admin'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "calendar-admin", roles = "ADMIN")
	void aSecondPublicationIsTheNextVersionAndShowsWhatChanges() {
		YearCalendar first = HolidayFiles.fromRanges(2056,
				List.of(new DayRange(LocalDate.of(2056, 1, 1), LocalDate.of(2056, 1, 1), "元旦")), List.of());
		YearCalendar second = HolidayFiles.fromRanges(2056,
				List.of(new DayRange(LocalDate.of(2056, 1, 1), LocalDate.of(2056, 1, 2), "元旦")), List.of());
		administration.publish(first, 0);

		CalendarDiff diff = administration.preview(second);
		assertThat(diff.currentVersion()).isEqualTo(1);
		assertThat(diff.changes()).containsExactly(new CalendarDiff.Change(LocalDate.of(2056, 1, 2), null,
				new HolidayEntry(LocalDate.of(2056, 1, 2), "元旦", true)));
		assertThat(administration.publish(second, 1).version()).isEqualTo(2);
		assertThat(administration.history(2056)).extracting(YearVersion::version).containsExactly(2, 1);
		assertThat(calendar.day(null, LocalDate.of(2056, 1, 2)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
	}

	@Test
	@WithMockUser(username = "calendar-admin", roles = "ADMIN")
	void aPublicationBasedOnAnOutdatedVersionIsRefused() {
		YearCalendar year = HolidayFiles.fromRanges(2055,
				List.of(new DayRange(LocalDate.of(2055, 5, 1), LocalDate.of(2055, 5, 3), "劳动节")), List.of());
		administration.publish(year, 0);

		assertThatThrownBy(() -> administration.publish(year, 0)).isInstanceOf(CalendarVersionChangedException.class);
		assertThat(administration.history(2055)).hasSize(1);
	}

	@Test
	@WithMockUser(username = "calendar-admin", roles = "ADMIN")
	void anEmptyYearIsNotPublished() {
		assertThatThrownBy(() -> administration.publish(new YearCalendar(2054, List.of(), List.of()), 0))
			.isInstanceOf(InvalidCalendarFileException.class);
		assertThat(administration.current(2054)).isEmpty();
	}

	@Test
	@WithMockUser(username = "handler", roles = "HANDLER")
	void onlyAnAdministratorPublishes() {
		YearCalendar year = HolidayFiles.fromRanges(2053,
				List.of(new DayRange(LocalDate.of(2053, 5, 1), LocalDate.of(2053, 5, 1), "劳动节")), List.of());

		assertThatThrownBy(() -> administration.publish(year, 0)).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> administration.addLocalHoliday("UNIT-DENIED", LocalDate.of(2026, 3, 3), "三月三"))
			.isInstanceOf(AuthorizationDeniedException.class);
	}

	@Test
	@WithMockUser(username = "calendar-admin", roles = "ADMIN")
	void aLocalHolidayCountsOnlyForItsUnitUntilItIsRemoved() {
		String unit = "450000-LOCAL-1";
		LocalDate sanyuesan = LocalDate.of(2026, 4, 20);

		administration.addLocalHoliday(unit, sanyuesan, "壮族三月三");

		assertThat(calendar.day(unit, sanyuesan).kind()).isEqualTo(DayKind.LOCAL_HOLIDAY);
		assertThat(calendar.day(unit, sanyuesan).name()).isEqualTo("壮族三月三");
		assertThat(calendar.day(null, sanyuesan).kind()).isEqualTo(DayKind.WORKING_DAY);
		assertThat(calendar.deadline(unit, LocalDate.of(2026, 4, 17), 1).date()).isEqualTo(LocalDate.of(2026, 4, 21));
		assertThat(administration.localHolidays(unit)).containsExactly(new LocalHoliday(unit, sanyuesan, "壮族三月三"));
		assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged(Set.of(2026), unit));

		administration.removeLocalHoliday(unit, sanyuesan);

		assertThat(calendar.day(unit, sanyuesan).kind()).isEqualTo(DayKind.WORKING_DAY);
	}

	@Test
	void aPublicationByAnotherNodeIsLoadedByTheRevisionCheck() {
		String notice = HolidayFiles.write(HolidayFiles.fromRanges(2057,
				List.of(new DayRange(LocalDate.of(2057, 1, 1), LocalDate.of(2057, 1, 1), "元旦")), List.of()));
		// what another node's publication leaves in the shared database
		jdbc.sql("""
				INSERT INTO calendar.year_version (year, version, notice, day_count, published_at, published_by)
				VALUES (2057, 1, ?, 1, now(), 'other-node-admin')""").param(notice).update();
		jdbc.sql("UPDATE calendar.revision SET value = value + 1 WHERE id = 1").update();

		// what the minute's check does on every node (it may already have run: rebuilding is idempotent)
		refresh.check();

		assertThat(calendar.day(null, LocalDate.of(2057, 1, 1)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
	}

	@Test
	void remainingWorkingDaysCountFromTodayAndTurnNegativeWhenOverdue() {
		// Monday 2026-03-02, 09:00 in Shanghai; 2026-03-16 is 10 working days later
		clock.set(Instant.parse("2026-03-02T01:00:00Z"));
		assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(calendar.remainingWorkingDays(null, LocalDate.of(2026, 3, 16))).isEqualTo(new WorkingDayCount(10, false));
		assertThat(calendar.remainingWorkingDays(null, LocalDate.of(2026, 3, 2)).days()).isZero();
		// due Friday 2026-02-27: overdue by Saturday 02-28 (a Spring Festival make-up working day) and Monday 03-02
		assertThat(calendar.remainingWorkingDays(null, LocalDate.of(2026, 2, 27)).days()).isEqualTo(-2);
		assertThat(calendar.naturalDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16)).days()).isEqualTo(14);
	}
}
