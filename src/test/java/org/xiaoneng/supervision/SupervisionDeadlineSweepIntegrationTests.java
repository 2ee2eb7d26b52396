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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.StepAssigned;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The deadline sweep's guarantees under decisions 0020 and 0023: a run reads only the objects whose date fell since
 * the last run (and those fed late), raises and issues each card once to the handler supervision's projection holds,
 * tells each person once of a run's cards, and a first run looks at every case in chunks that a later run goes on
 * from.
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

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

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
	void aDaysCardsAreIssuedAtOnceInBatchesToTheHandlerAndTheSameDayAgainIssuesNothing() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		clock.set(march(6, 9));

		DeadlineSweepResult run = raising.run(marchDay(6), clock.instant());

		assertThat(run.complete()).isTrue();
		assertThat(cardsOf(kase)).containsExactly("CASE_DEADLINE_NEAR WARNING ISSUED");
		assertThat(issuedAbout(kase)).as("issued once, to the handler the projection holds, feedback due in 3 working days")
			.extracting(CardIssued::holderStaffId, CardIssued::feedbackDue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(u.handler.id(), marchDay(11)));
		DeadlineSweepResult again = raising.run(marchDay(6), clock.instant());
		assertThat(again.issued()).as("the same day again issues nothing").isZero();
		assertThat(cardsOf(kase)).hasSize(1);
	}

	@Test
	void aUnitsOwnSettingsOfTheRuleGiveItsCardsTheirVersionAndFeedbackDays() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		for (int version : new int[] { 2, 3 }) {
			jdbc.sql("""
					insert into supervision.rule_setting (unit_id, rule_code, version, enabled, feedback_days, changed_by,
					  changed_at) values (:unit, 'CASE_DEADLINE_NEAR', :version, true, :days, 'supervisor', now())""")
				.param("unit", u.unit.id())
				.param("version", version)
				.param("days", version == 3 ? 5 : 4)
				.update();
		}
		clock.set(march(6, 9));

		raising.run(marchDay(6), clock.instant());

		assertThat(issuedAbout(kase)).as("the unit's latest version, feedback due in its 5 working days")
			.extracting(CardIssued::ruleVersion, CardIssued::feedbackDue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, marchDay(13)));
	}

	@Test
	void aStepRoutedToSomeoneElseSendsTheCasesNextCardToThem() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		transactions.executeWithoutResult(status -> publisher.publishEvent(new StepAssigned(kase, u.unit.id(), 2,
				u.registration.id(), u.colleague.id(), marchDay(3), marchDay(6))));
		await().atMost(Duration.ofSeconds(120))
			.until(() -> jdbc.sql("select holder_staff_id from supervision.watched_object where object_type = 'CASE' and object_id = :id")
				.param("id", kase)
				.query(Long.class)
				.single()
				.equals(u.colleague.id()));

		clock.set(march(6, 9));
		deadlines.classifyAndRaise();

		assertThat(issuedAbout(kase)).extracting(CardIssued::holderStaffId).containsExactly(u.colleague.id());
	}

	@Test
	void someoneWithSeveralNewCardsIsToldOnceOfThemAllInTheInboxAndByText() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long first = accepted(u);
		long second = accepted(u);
		clock.set(march(6, 9));

		deadlines.classifyAndRaise();

		assertThat(cardsOf(first)).containsExactly("CASE_DEADLINE_NEAR WARNING ISSUED");
		assertThat(cardsOf(second)).containsExactly("CASE_DEADLINE_NEAR WARNING ISSUED");
		assertThat(jdbc.sql("""
				select channel || ' ' || subject from notification.message
				where idempotency_key like 'supervision:cards:%:' || :staff || ':%' order by channel""")
			.param("staff", u.handler.id())
			.query(String.class)
			.list()).as("one message in the inbox and one text, of both cards")
			.containsExactly("IN_APP 效能监察：新发监察卡 2 张", "SMS 效能监察：新发监察卡 2 张");
		for (long kase : List.of(first, second)) {
			assertThat(jdbc.sql("select count(*) from notification.message where idempotency_key like :key")
				.param("key", "supervision:card:" + cardIdOf(kase) + ":%")
				.query(Long.class)
				.single()).as("no notice of its own").isZero();
		}
	}

	@Test
	void aSingleCardOfAnEveningRunIsInTheInboxAtOnceAndItsTextWaitsInTheOutboxForTheMorning() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		clock.set(march(6, 20));

		deadlines.classifyAndRaise();

		long card = cardIdOf(kase);
		assertThat(jdbc.sql("""
				select channel || ' ' || status || ' ' || coalesce(to_char(next_attempt_at at time zone 'Asia/Shanghai',
				  'MM-DD HH24:MI'), '-') from notification.message where idempotency_key like :key order by channel""")
			.param("key", "supervision:card:" + card + ":issued:" + u.handler.id() + ":%")
			.query(String.class)
			.list()).as("the card's own notice, written with the run's batch: the text held until 8:30 next morning")
			.containsExactly("IN_APP SENT -", "SMS PENDING 03-09 08:30");
	}

	@Test
	void aFirstRunLooksAtEveryCaseAndRaisesOnlyTheLevelEachHasThatDay() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		jdbc.sql("delete from supervision.deadline_sweep").update();
		clock.set(march(10, 9));

		DeadlineSweepResult run = raising.run(marchDay(10), clock.instant());

		assertThat(run.complete()).isTrue();
		assertThat(cardsOf(kase)).as("red since its deadline passed: no warning or yellow card after the fact")
			.containsExactly("CASE_OVERDUE RED ISSUED");
		assertThat(jdbc.sql("select last_day from supervision.deadline_sweep where catch_up_day is null")
			.query(LocalDate.class)
			.single()).isEqualTo(marchDay(10));
	}

	@Test
	void aCatchUpThatStoppedGoesOnAfterTheLastCaseItDid() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long done = accepted(u);
		long left = accepted(u);
		jdbc.sql("delete from supervision.deadline_sweep").update();
		jdbc.sql("insert into supervision.deadline_sweep (id, catch_up_day, catch_up_after) values (true, :day, :after)")
			.param("day", marchDay(9))
			.param("after", done)
			.update();
		clock.set(march(9, 9));

		raising.run(marchDay(9), clock.instant());

		assertThat(cardsOf(done)).as("the stopped run had looked at it").isEmpty();
		assertThat(cardsOf(left)).containsExactly("CASE_DUE_TODAY YELLOW ISSUED");
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
			raising.run(marchDay(2), clock.instant());

			assertThat(cardsOf(unknown)).isEmpty();
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

	private List<CardIssued> issuedAbout(long caseId) {
		return events.stream(CardsIssued.class)
			.flatMap(batch -> batch.cards().stream())
			.filter(card -> card.objectId() == caseId)
			.toList();
	}

	private long cardIdOf(long caseId) {
		return jdbc.sql("select id from supervision.card where object_type = 'CASE' and object_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single();
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
