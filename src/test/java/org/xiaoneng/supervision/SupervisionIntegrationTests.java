package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.supervision.SupervisedUnit.asSupervisor;
import static org.xiaoneng.supervision.SupervisedUnit.march;
import static org.xiaoneng.supervision.SupervisedUnit.marchDay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * A case's deadline watched from acceptance: a warning, a yellow and a red card as the days pass, each once, told to
 * the people responsible; the holder's feedback and appeal; a supervisor's revocation; a missed feedback deadline
 * escalated; and who sees which card.
 */
@IntegrationTest
@RecordApplicationEvents
class SupervisionIntegrationTests {

	@Autowired
	Supervision supervision;

	@Autowired
	CardActions actions;

	@Autowired
	SupervisionRules ruleCatalogue;

	@Autowired
	DeadlineWatch deadlines;

	@Autowired
	Escalating escalating;

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

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(march(2, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void aLateCaseGetsAWarningThenAYellowThenARedCardEachOnceAndTheirHoldersAreTold() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);

		assertThat(cardsOf(kase)).isEmpty();
		dayAt(5);
		assertThat(cardsOf(kase)).isEmpty();

		dayAt(6);
		assertThat(cardsOf(kase)).containsExactly("CASE_DEADLINE_NEAR WARNING ISSUED");
		dayAt(6);
		assertThat(cardsOf(kase)).as("a second run on the same day raises nothing").hasSize(1);

		dayAt(9);
		dayAt(10);
		assertThat(cardsOf(kase)).containsExactly("CASE_DEADLINE_NEAR WARNING ISSUED", "CASE_DUE_TODAY YELLOW ISSUED",
				"CASE_OVERDUE RED ISSUED");
		assertThat(events.stream(CardsIssued.class).flatMap(batch -> batch.cards().stream()).filter(e -> e.objectId() == kase))
			.extracting(CardIssued::holderStaffId, CardIssued::ruleVersion)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(u.handler.id(), 1));

		long red = cardId(kase, Rule.CASE_OVERDUE);
		assertThat(inAppTo(u.username("a"))).isEqualTo(3);
		assertThat(inAppTo(u.username("h"))).as("a red card also goes to the department head").isEqualTo(1);
		assertThat(inAppTo(u.username("d"))).as("and to the overseeing leader").isEqualTo(1);
		assertThat(textsAbout(red)).as("issued in office hours: a text at once to the one of the three with a mobile number").isEqualTo(1);
	}

	@Test
	void theHolderFeedsBackInTimeAndNobodyElseMay() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		dayAt(9);
		long yellow = cardId(kase, Rule.CASE_DUE_TODAY);

		assertThatThrownBy(() -> u.as("h", "ROLE_DEPT_HEAD", () -> actions.answer(yellow, "我来替他写")))
			.isInstanceOf(NotTheHolderException.class);
		assertThat(state(yellow)).isEqualTo("ISSUED");

		CardView answered = u.as("a", "ROLE_HANDLER", () -> actions.answer(yellow, "已联系申请人，当日办结"));
		assertThat(answered.state()).isEqualTo(CardState.ANSWERED);
		CardView closed = asSupervisor(() -> actions.close(yellow));
		assertThat(closed.state()).isEqualTo(CardState.CLOSED);
	}

	@Test
	void theHolderAppealsARedCardAndASupervisorRevokesItWithAReason() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		dayAt(10);
		long red = cardId(kase, Rule.CASE_OVERDUE);

		AppealView appeal = u.as("a", "ROLE_HANDLER", () -> actions.appeal(red, "申请人补正材料期间应暂停计时"));
		assertThatThrownBy(() -> u.as("a", "ROLE_HANDLER", () -> actions.appeal(red, "再次申诉")))
			.isInstanceOf(AppealAlreadyOpenException.class);
		assertThatThrownBy(() -> u.as("h", "ROLE_DEPT_HEAD",
				() -> actions.decideAppeal(appeal.id(), AppealDecision.REVOKE, "同意")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asSupervisor(() -> actions.decideAppeal(appeal.id(), AppealDecision.REVOKE, " ")))
			.isInstanceOf(WrittenTextRequiredException.class);
		assertThat(state(red)).isEqualTo("ISSUED");

		CardView revoked = asSupervisor(
				() -> actions.decideAppeal(appeal.id(), AppealDecision.REVOKE, "经核实，补正期间计时有误"));

		assertThat(revoked.state()).isEqualTo(CardState.REVOKED);
		assertThat(events.stream(CardRevoked.class).filter(e -> e.cardId() == red)).hasSize(1);
		assertThat(asSupervisor(() -> supervision.appealsOf(red))).singleElement()
			.extracting(AppealView::state)
			.isEqualTo(AppealState.REVOKED);
	}

	@Test
	void anAppealAfterItsPeriodIsRefusedAndChangesNothing() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		dayAt(6);
		long warning = cardId(kase, Rule.CASE_DEADLINE_NEAR);
		clock.set(march(16, 9)); // 5 working days after 6 March end on 13 March

		assertThatThrownBy(() -> u.as("a", "ROLE_HANDLER", () -> actions.appeal(warning, "迟到的申诉")))
			.isInstanceOf(AppealPeriodOverException.class);
		assertThat(jdbc.sql("select count(*) from supervision.appeal where card_id = :id")
			.param("id", warning)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMissedFeedbackDeadlineRaisesTheWarningToAYellowCardOnce() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		dayAt(6);
		long warning = cardId(kase, Rule.CASE_DEADLINE_NEAR);
		clock.set(march(12, 9)); // feedback was due by 11 March

		SweepCount first = escalating.escalateMissedFeedback();
		SweepCount again = escalating.escalateMissedFeedback();

		assertThat(first.done()).isPositive();
		assertThat(again.done()).isZero();
		assertThat(jdbc.sql("select colour from supervision.card where id = :id")
			.param("id", warning)
			.query(String.class)
			.single()).isEqualTo("YELLOW");
		assertThat(events.stream(FeedbackOverdue.class).filter(e -> e.cardId() == warning)).hasSize(1);
		assertThat(events.stream(CardEscalated.class).filter(e -> e.cardId() == warning)).singleElement()
			.extracting(CardEscalated::feedbackDue)
			.isEqualTo(marchDay(17));
	}

	@Test
	void theHolderHeadAndSupervisorSeeACardButAColleagueAndAnotherUnitDoNot() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		SupervisedUnit other = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		dayAt(6);
		long warning = cardId(kase, Rule.CASE_DEADLINE_NEAR);

		assertThat(u.as("a", "ROLE_HANDLER", () -> supervision.card(warning)).holderStaffId()).isEqualTo(u.handler.id());
		assertThat(u.as("h", "ROLE_DEPT_HEAD", () -> supervision.card(warning)).id()).isEqualTo(warning);
		assertThat(asSupervisor(() -> supervision.card(warning)).id()).isEqualTo(warning);
		assertThatThrownBy(() -> u.as("b", "ROLE_HANDLER", () -> supervision.card(warning)))
			.isInstanceOf(CardNotFoundException.class);
		assertThatThrownBy(() -> other.as("h", "ROLE_DEPT_HEAD", () -> supervision.card(warning)))
			.isInstanceOf(CardNotFoundException.class);
		assertThat(u.as("b", "ROLE_HANDLER", () -> supervision.cards(CardFilter.ALL, null, null, 20)).total()).isZero();
		assertThat(other.as("h", "ROLE_DEPT_HEAD", () -> supervision.cards(CardFilter.ALL, null, null, 20).rows()))
			.noneMatch(card -> card.id() == warning);
		assertThat(u.as("h", "ROLE_DEPT_HEAD", () -> supervision.cards(CardFilter.ALL, null, null, 20).rows()))
			.extracting(CardView::id)
			.contains(warning);
	}

	@Test
	void aThresholdOutOfRangeIsRefusedAndATunedRuleRaisesCardsUnderItsNewVersion() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long unit = u.unit.id();

		assertThatThrownBy(() -> asSupervisor(() -> ruleCatalogue.tune(new UnitId(unit), Rule.CASE_DEADLINE_NEAR, true, 120, 1, 3)))
			.isInstanceOf(ThresholdOutOfRangeException.class);
		assertThat(asSupervisor(() -> ruleCatalogue.rules(new UnitId(unit)))).filteredOn(r -> r.code().equals("CASE_DEADLINE_NEAR"))
			.singleElement()
			.extracting(r -> r.terms().version())
			.isEqualTo(1);
		assertThatThrownBy(() -> u.as("h", "ROLE_DEPT_HEAD",
				() -> ruleCatalogue.tune(new UnitId(unit), Rule.CASE_DEADLINE_NEAR, false, 80, 1, 3)))
			.isInstanceOf(AccessDeniedException.class);

		asSupervisor(() -> ruleCatalogue.tune(new UnitId(unit), Rule.CASE_DEADLINE_NEAR, true, 50, 0, 4));
		long kase = accepted(u);
		dayAt(5); // 50 % of 5 working days: from the third (5 March)

		assertThat(jdbc.sql("select rule_version from supervision.card where object_id = :id and rule_code = :rule")
			.param("id", kase)
			.param("rule", Rule.CASE_DEADLINE_NEAR.code())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aCaseWithdrawnBeforeItsCardIsDueGetsNoneAndLeavesTheWatch() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long kase = accepted(u);
		u.as("c", "ROLE_WINDOW_CLERK", () -> cases.withdraw(kase, "申请人撤回"));
		await().atMost(Duration.ofSeconds(120))
			.until(() -> jdbc.sql("select count(*) from supervision.watched_object where object_id = :id and object_type = 'CASE'")
				.param("id", kase)
				.query(Long.class)
				.single() == 0);

		dayAt(10);

		assertThat(cardsOf(kase)).isEmpty();
	}

	private void dayAt(int day) {
		clock.set(march(day, 9));
		deadlines.classifyAndRaise();
	}

	/**
	 * A case accepted, once supervision's listener has put it into its projection: the listener runs after the
	 * acceptance commits, on the event publication registry's executor, which {@code ListenersAtRest} does not see.
	 */
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

	private long cardId(long caseId, Rule rule) {
		return jdbc.sql("select id from supervision.card where object_type = 'CASE' and object_id = :id and rule_code = :rule")
			.param("id", caseId)
			.param("rule", rule.code())
			.query(Long.class)
			.single();
	}

	private String state(long cardId) {
		return jdbc.sql("select state from supervision.card where id = :id").param("id", cardId).query(String.class).single();
	}

	private long inAppTo(String username) {
		return jdbc.sql("""
				select count(*) from notification.message
				where channel = 'IN_APP' and recipient_username = :user and idempotency_key like 'supervision:card:%'""")
			.param("user", username)
			.query(Long.class)
			.single();
	}

	private long textsAbout(long cardId) {
		return jdbc.sql("select count(*) from notification.message where channel = 'SMS' and idempotency_key like :key")
			.param("key", "supervision:card:" + cardId + ":%")
			.query(Long.class)
			.single();
	}
}
