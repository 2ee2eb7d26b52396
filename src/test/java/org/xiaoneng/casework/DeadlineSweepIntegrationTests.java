package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.calendar.CalendarAdministration;
import org.xiaoneng.calendar.DeadlineWarning;
import org.xiaoneng.casework.refusal.CaseRefusals;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.SweepRun;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * The deadline sweep over cases in every state, with and without a clock (issue 13, finding 9: a case pending refusal
 * that was never accepted stopped the sweep on every run, so no case ever turned red).
 */
@IntegrationTest
@RecordApplicationEvents
class DeadlineSweepIntegrationTests {

	@Autowired
	CaseFiles files;

	@Autowired
	CalendarAdministration calendars;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Cases cases;

	@Autowired
	CaseRefusals caseRefusals;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	Sweeps sweeps;

	@Autowired
	MutableClock clock;

	@Autowired
	DeadlineRecount recount;

	@Autowired
	JdbcClient jdbc;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@ParameterizedTest
	@EnumSource(CaseState.class)
	void theDeadlineSweepPassesOverACaseInEveryStateAndTurnsRedOnlyThoseWhoseClockRuns(CaseState state) {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long withClock = accepted(u);
		long withoutClock = received(u);
		putIn(withClock, state);
		putIn(withoutClock, state);
		String before = status(withClock);
		String neverAccepted = status(withoutClock);

		clock.set(at(3, 17, 9));
		SweepCount count = cases.markDeadlineStatuses();

		assertThat(count.failed()).isZero();
		assertThat(status(withClock)).isEqualTo(Case.CLOCK_RUNNING.contains(state) ? "RED" : before);
		assertThat(status(withoutClock)).isEqualTo(neverAccepted);
	}

	@Test
	void aCaseFiledForRefusalBeforeAcceptanceStopsNoCaseFromTurningRed() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long late = accepted(u);
		long pending = received(u);
		u.as("h", () -> caseRefusals.refusalFiled(new CaseId(pending), new RefusalId(1L)));

		clock.set(at(3, 17, 9));
		SweepCount count = cases.markDeadlineStatuses();

		assertThat(caseState(pending)).isEqualTo("REFUSAL_PENDING");
		assertThat(count.failed()).isZero();
		assertThat(status(late)).isEqualTo("RED");
	}

	@Test
	void aCaseThatBreaksTheSweepIsSkippedAndReportedWhileTheOthersStillTurnRed() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long broken = accepted(u);
		long late = accepted(u);
		String before = status(broken);
		// a row no rule can produce: a case of a unit that does not exist
		jdbc.sql("update casework.case_file set unit_id = -1 where id = :id").param("id", broken).update();

		clock.set(at(3, 17, 9));
		SweepCount count = sweeps.run(Cases.SWEEP, cases::markDeadlineStatuses);
		SweepRun run = latest();

		putIn(broken, CaseState.WITHDRAWN);
		assertThat(count.failed()).isEqualTo(1);
		assertThat(status(late)).isEqualTo("RED");
		assertThat(status(broken)).isEqualTo(before);
		assertThat(run.result()).isEqualTo("PARTIAL");
		assertThat(run.failing()).isTrue();
		assertThat(run.failedRows()).isEqualTo(String.valueOf(broken));
		assertThat(sweeps.run(Cases.SWEEP, cases::markDeadlineStatuses).failed()).isZero();
		assertThat(latest().result()).isEqualTo("OK");
	}

	@Test
	void aSecondRunForTheSameTriggerChangesNothing() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long late = accepted(u);

		clock.set(at(3, 17, 9));
		SweepCount first = cases.markDeadlineStatuses();
		SweepCount again = cases.markDeadlineStatuses();

		assertThat(status(late)).isEqualTo("RED");
		assertThat(first.done()).isPositive();
		assertThat(again).isEqualTo(SweepCount.NONE);
	}

	@Test
	void aCaseTurnsYellowAndRedOnceEachAcrossTwoRunsAndACalendarChangeThatBringsItsWarningForward() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = accepted(u);
		// accepted on Monday 9 March, due Monday 16 March: yellow from Friday 13, one working day left
		assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 13));

		clock.set(at(3, 12, 9));
		assertThat(cases.markDeadlineStatuses().done()).isZero();
		assertThat(status(id)).isEqualTo("NORMAL");
		// Friday 13 becomes the unit's holiday: on Thursday 12 only Monday 16 is left
		withHoliday(u, LocalDate.of(2026, 3, 13), () -> {
			assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 12));

			cases.markDeadlineStatuses();
			cases.markDeadlineStatuses();
			assertThat(status(id)).isEqualTo("YELLOW");
			assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 17));

			clock.set(at(3, 17, 9));
			cases.markDeadlineStatuses();
			cases.markDeadlineStatuses();
		});

		assertThat(status(id)).isEqualTo("RED");
		assertThat(turnsOn(id)).isNull();
		assertThat(events.stream(DeadlineTurnedYellow.class).filter(e -> e.caseId() == id)).hasSize(1);
		assertThat(events.stream(DeadlineTurnedRed.class).filter(e -> e.caseId() == id)).hasSize(1);
	}

	@Test
	void aCaseMadeDueByACalendarChangeWhoseStatusStandsOnlyHasItsDayWorkedOutAgain() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = accepted(u);
		clock.set(at(3, 10, 9));
		// a holiday after the deadline: the case is looked at again, and nothing about it changes
		withHoliday(u, LocalDate.of(2026, 3, 20), () -> {
			assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 10));

			SweepCount count = cases.markDeadlineStatuses();

			assertThat(count.failed()).isZero();
			assertThat(status(id)).isEqualTo("NORMAL");
			assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 13));
			assertThat(events.stream(DeadlineTurnedYellow.class).filter(e -> e.caseId() == id)).isEmpty();
		});
	}

	@Test
	void aStartWithAnotherDeadlineWarningMakesTheRunningCasesDueAndTheNextSweepMovesTheirDay() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = accepted(u);
		assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 13));
		// a start with a warning of no day left and all the time used: its day was the deadline itself
		recount.recountIfChanged(new DeadlineWarning(0, 100));
		jdbc.sql("update casework.case_file set deadline_turns_on = :day where id = :id")
			.param("day", LocalDate.of(2026, 3, 16))
			.param("id", id)
			.update();
		assertThat(recount.recountIfChanged(new DeadlineWarning(0, 100))).isZero();
		assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 16));

		// the restart with the warning of the settings, one day left or 80 % used
		recount.atStart();

		assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 9));
		SweepCount count = cases.markDeadlineStatuses();
		assertThat(count.failed()).isZero();
		assertThat(status(id)).isEqualTo("NORMAL");
		assertThat(turnsOn(id)).isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(recount.recountIfChanged(DeadlineWarning.DEFAULT)).isZero();
	}

	/**
	 * Runs the body while the day is a local holiday of the unit, once casework has heard of the change; the
	 * calendar is as it was afterwards.
	 */
	private void withHoliday(CaseworkUnit u, LocalDate day, Runnable body) {
		String unitCode = u.unit.creditCode();
		CaseworkUnit.asAdmin(() -> {
			calendars.addLocalHoliday(unitCode, day, "办件测试假日");
			return null;
		});
		try {
			assertThat(listeners.await(Duration.ofSeconds(30))).isTrue();
			body.run();
		}
		finally {
			CaseworkUnit.asAdmin(() -> {
				calendars.removeLocalHoliday(unitCode, day);
				return null;
			});
			listeners.await(Duration.ofSeconds(30));
		}
	}

	@Test
	void aPausedCaseDoesNotTurnAndIsNotReadWhileItsClockStandsStill() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long paused = accepted(u);
		u.as("a", () -> cases.suspend(paused, PauseKind.SPECIAL_PROCEDURE, "专家评审", "需组织专家现场评审", null));

		clock.set(at(3, 17, 9));
		cases.markDeadlineStatuses();

		assertThat(status(paused)).isEqualTo("NORMAL");
		assertThat(turning(LocalDate.of(2026, 3, 17))).doesNotContain(paused);
		assertThat(events.stream(DeadlineTurnedYellow.class).filter(e -> e.caseId() == paused)).isEmpty();
		assertThat(events.stream(DeadlineTurnedRed.class).filter(e -> e.caseId() == paused)).isEmpty();
	}

	@Test
	void theSweepReadsNoCaseWhoseDayHasNotComeAndFindsThemOverTheirIndex() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = accepted(u);

		assertThat(turning(LocalDate.of(2026, 3, 12))).doesNotContain(id);
		assertThat(turning(LocalDate.of(2026, 3, 13))).contains(id);
		List<String> lines = transactions.execute(status -> {
			// the shared test database holds a few hundred cases, whose statistics may make a bitmap of another
			// index and a sort look cheaper: the question is whether the list's index serves the order alone
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local enable_bitmapscan = off").update();
			jdbc.sql("set local enable_sort = off").update();
			return jdbc.sql("explain " + CaseFiles.TURNING_BY)
				.param("today", LocalDate.of(2026, 3, 13))
				.param("afterDay", CaseFiles.Turning.FIRST.turnsOn())
				.param("afterId", 0L)
				.param("limit", 1000)
				.query(String.class)
				.list();
		});
		assertThat(String.join("\n", lines)).contains("case_file_deadline_turns_on").doesNotContain("Sort");
	}

	private List<Long> turning(LocalDate day) {
		return files.turningBy(day, CaseFiles.Turning.FIRST, Integer.MAX_VALUE)
			.stream()
			.map(CaseFiles.Turning::id)
			.toList();
	}

	private LocalDate turnsOn(long id) {
		return jdbc.sql("select deadline_turns_on from casework.case_file where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.list()
			.get(0);
	}

	private SweepRun latest() {
		return sweeps.latestRuns().stream().filter(r -> r.sweep().equals(Cases.SWEEP)).findFirst().orElseThrow();
	}

	private long accepted(CaseworkUnit u) {
		long id = received(u);
		u.as("c", () -> cases.accept(id));
		return id;
	}

	private long received(CaseworkUnit u) {
		return u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
	}

	private void putIn(long id, CaseState state) {
		jdbc.sql("update casework.case_file set state = :state where id = :id")
			.param("state", state.name())
			.param("id", id)
			.update();
	}

	private String status(long id) {
		return jdbc.sql("select coalesce(deadline_status, 'none') from casework.case_file where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private String caseState(long id) {
		return jdbc.sql("select state from casework.case_file where id = :id").param("id", id).query(String.class).single();
	}
}
