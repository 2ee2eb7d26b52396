package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xiaoneng.supervision.SupervisedUnit.march;
import static org.xiaoneng.supervision.SupervisedUnit.marchDay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The deadline sweep's guarantees under decision 0020: a run reads only the objects whose date fell since the last
 * run (and those fed late), raises each card once, leaves nothing lost when it stops half-way, and a case that closes
 * while its card waits to be issued gets none.
 */
@IntegrationTest
@RecordApplicationEvents
class SupervisionDeadlineSweepIntegrationTests {

	@Autowired
	DeadlineWatch deadlines;

	@Autowired
	DeadlineRaising raising;

	@Autowired
	WatchedObjects watched;

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	private Instant before;

	private Optional<LocalDate> lastDayBefore;

	/** The tests share one database: each starts from a sweep that last ran on 1 March and puts back what it found. */
	@BeforeEach
	void sweptUpToTheFirstOfMarch() {
		before = clock.instant();
		lastDayBefore = jdbc.sql("select last_day from supervision.deadline_sweep").query(LocalDate.class).optional();
		lastDay(marchDay(1));
		clock.set(march(2, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
		jdbc.sql("delete from supervision.deadline_sweep").update();
		lastDayBefore.ifPresent(this::lastDay);
	}

	@Test
	void aRunThatStoppedAfterRaisingIsFinishedByTheNextAndNoCardIsRaisedTwice() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		clock.set(march(6, 9));

		runStoppedAfterItsRaising(marchDay(5), marchDay(6));
		assertThat(cardsOf(kase)).containsExactly("CASE_DEADLINE_NEAR WARNING PENDING");

		deadlines.classifyAndRaise();
		assertThat(cardsOf(kase)).containsExactly("CASE_DEADLINE_NEAR WARNING ISSUED");
		DeadlineSweepResult again = raising.run(marchDay(6), clock.instant());
		assertThat(again.raised()).as("the same day again raises nothing").isZero();
		assertThat(cardsOf(kase)).hasSize(1);
		assertThat(events.stream(CardIssued.class).filter(e -> e.objectId() == kase))
			.as("issued once, to the handler of the moment")
			.extracting(CardIssued::holderStaffId)
			.containsExactly(u.handler.id());
	}

	@Test
	void aCaseWithdrawnWhileItsCardWaitsToBeIssuedGetsThatCardCancelled() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		clock.set(march(9, 9));
		runStoppedAfterItsRaising(marchDay(8), marchDay(9));
		assertThat(cardsOf(kase)).containsExactly("CASE_DUE_TODAY YELLOW PENDING");

		u.as("c", "ROLE_WINDOW_CLERK", () -> cases.withdraw(kase, "申请人撤回"));

		await().atMost(Duration.ofSeconds(120))
			.untilAsserted(() -> assertThat(cardsOf(kase)).containsExactly("CASE_DUE_TODAY YELLOW CANCELLED"));
		deadlines.classifyAndRaise();
		assertThat(cardsOf(kase)).as("the next run issues nothing about it").containsExactly("CASE_DUE_TODAY YELLOW CANCELLED");
	}

	@Test
	void anObjectWhoseDaysAllFellBeforeTheLastRunIsNotLookedAtAgain() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		// a row no run has raised a card for, whose days all lie before the last run: were it read, the sweep would
		// raise its red card now and then fail to find its case in casework
		long unknown = 900_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		jdbc.sql("""
				insert into supervision.watched_object (object_type, object_id, object_label, unit_id, department_id,
				  started_on, deadline, warn_on)
				values ('CASE', :id, 'STALE', :unit, :department, date '2026-01-05', date '2026-02-02', date '2026-01-28')""")
			.param("id", unknown)
			.param("unit", u.unit.id())
			.param("department", u.registration.id())
			.update();
		try {
			DeadlineSweepResult run = raising.run(marchDay(2), clock.instant());

			assertThat(cardsOf(unknown)).isEmpty();
			assertThat(run.failed()).isZero();
		}
		finally {
			watched.forget(ObjectType.CASE, unknown);
		}
	}

	@Test
	void aCaseFedAgainAfterItsWarningDayIsRaisedByTheNextRunThoughTheDayLiesBeforeItsWindow() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		// paused (补正) before its warning day: the runs of the warning day and the next pass it by
		watched.pause(ObjectType.CASE, kase);
		for (int day : List.of(6, 7)) {
			clock.set(march(day, 9));
			deadlines.classifyAndRaise();
		}
		assertThat(cardsOf(kase)).isEmpty();

		// running again, with the same deadline: its warning day lies before the window of the next run
		deadlines.watchRunning(cases.caseFile(kase));
		deadlines.classifyAndRaise();

		assertThat(cardsOf(kase)).containsExactly("CASE_DEADLINE_NEAR WARNING ISSUED");
	}

	/** A run that committed its set-based raising and stopped before issuing (its node died). */
	private void runStoppedAfterItsRaising(LocalDate since, LocalDate today) {
		watched.raiseCrossed(since, today, clock.instant());
		watched.raisedUpTo(today);
	}

	private void lastDay(LocalDate day) {
		jdbc.sql("delete from supervision.deadline_sweep").update();
		jdbc.sql("insert into supervision.deadline_sweep (id, last_day) values (true, :day)").param("day", day).update();
	}

	/** A case accepted on 2 March, once supervision's listener has put it into its projection. */
	private long accepted(SupervisedUnit u) {
		long kase = u.acceptedCase(cases);
		await().atMost(Duration.ofSeconds(120))
			.until(() -> jdbc.sql("select count(*) from supervision.watched_object where object_id = :id and object_type = 'CASE'")
				.param("id", kase)
				.query(Long.class)
				.single() == 1);
		return kase;
	}

	private List<String> cardsOf(long caseId) {
		return jdbc.sql("""
				select rule_code || ' ' || colour || ' ' || state from supervision.card
				where object_type = 'CASE' and object_id = :id order by id""")
			.param("id", caseId)
			.query(String.class)
			.list();
	}
}
