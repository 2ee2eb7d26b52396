package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xiaoneng.supervision.SupervisedUnit.asSupervisor;
import static org.xiaoneng.supervision.SupervisedUnit.march;
import static org.xiaoneng.supervision.SupervisedUnit.marchDay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.NewRating;
import org.xiaoneng.casework.RatingChannel;
import org.xiaoneng.catalog.CommitmentDraft;
import org.xiaoneng.catalog.CommitmentMetric;
import org.xiaoneng.catalog.Promise;
import org.xiaoneng.catalog.PromiseCategory;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The rules watched besides a case's deadline: a step over its own limit while the case is in time, a bad rating's
 * rectification not closed by its due day, and a service commitment measured below its floor for a month.
 */
@IntegrationTest
class SupervisionRulesIntegrationTests {

	@Autowired
	LimitWatch limits;

	@Autowired
	CommitmentWatch commitments;

	@Autowired
	SupervisionRules ruleCatalogue;

	@Autowired
	Cases cases;

	@Autowired
	CasePortal portal;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

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
	void aStepOverItsOwnLimitWhileTheCaseIsInTimeGetsAWarningOnceForItsHandler() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog, 2);
		long kase = watchedStep(u); // accepted on Monday 2 March: the step is due by 4 March, the case by 9 March

		limitsOn(4);
		assertThat(cardsAbout("STEP", kase)).as("on its last day the step is still within its limit").isEmpty();

		limitsOn(5);
		limitsOn(6);
		assertThat(cardsAbout("STEP", kase)).containsExactly("STEP_OVER_BUDGET WARNING ISSUED");
		assertThat(jdbc.sql("select holder_staff_id from supervision.card where object_type = 'STEP' and object_id = :id")
			.param("id", kase)
			.query(Long.class)
			.single()).isEqualTo(u.handler.id());
		assertThat(asSupervisor(() -> ruleCatalogue.rules(new UnitId(u.unit.id()))))
			.filteredOn(rule -> rule.code().equals(Rule.STEP_OVER_BUDGET.code()))
			.singleElement()
			.satisfies(rule -> assertThat(rule.terms().enabled()).isTrue());
	}

	@Test
	void aStepOfACaseAlreadyOverdueOrDoneInTimeGetsNoStepCard() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog, 2);
		long overdue = watchedStep(u);
		long done = watchedStep(u);
		clock.set(march(3, 10));
		u.as("a", "ROLE_HANDLER", () -> {
			cases.completeStep(done, 1, "同意");
			return null;
		});
		await().atMost(Duration.ofSeconds(120)).until(() -> watchedLimits("STEP", done) == 0);

		limitsOn(10); // the case's deadline (9 March) passed too: its red card answers for it

		assertThat(cardsAbout("STEP", overdue)).isEmpty();
		assertThat(cardsAbout("STEP", done)).isEmpty();
		assertThat(watchedLimits("STEP", overdue)).as("the step leaves the watch").isZero();
	}

	@Test
	void aBadRatingNotRectifiedByItsDueDayGetsAYellowCardForTheHeadAndOneClosedInTimeNone() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		long late = ratedBadly(u);
		long closed = ratedBadly(u);
		long rectification = rectificationOf(closed);
		u.as("h", "ROLE_DEPT_HEAD", () -> portal.closeRectification(rectification, "等候时间过长", "增设窗口",
				marchDay(4), "申请人表示理解"));
		await().atMost(Duration.ofSeconds(120)).until(() -> watchedLimits("RATING", rectification) == 0);
		LocalDate due = jdbc.sql("select due_on from casework.rectification where case_id = :id")
			.param("id", late)
			.query(LocalDate.class)
			.single();

		limits.raisePassed(due, march(2, 9));
		assertThat(cardsAbout("RATING", rectificationOf(late))).isEmpty();
		limits.raisePassed(due.plusDays(1), march(2, 9));
		limits.raisePassed(due.plusDays(2), march(2, 9));

		assertThat(cardsAbout("RATING", rectificationOf(late))).containsExactly("BAD_RATING_NOT_RECTIFIED YELLOW ISSUED");
		assertThat(cardsAbout("RATING", rectification)).isEmpty();
		assertThat(jdbc.sql("select holder_staff_id from supervision.card where object_type = 'RATING' and object_id = :id")
			.param("id", rectificationOf(late))
			.query(Long.class)
			.single()).isEqualTo(u.head.id());
	}

	@Test
	void aCommitmentMeasuredBelowItsFloorForAMonthRaisesOnePendingCardForThePrincipalLeader() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		u.as("p", "ROLE_LEADER", () -> catalog.draftCommitment(new UnitId(u.unit.id()), new CommitmentDraft("我们承诺：",
				List.of(new Promise(0, PromiseCategory.SHORTENED_LIMIT, "按承诺时限办结", CommitmentMetric.ON_TIME_COMPLETION_RATE),
						new Promise(0, PromiseCategory.SHORTENED_LIMIT, "平均用时持续压减",
								CommitmentMetric.AVERAGE_WORKING_DAYS_USED)))));
		u.as("p", "ROLE_LEADER", () -> catalog.publishCommitment(new UnitId(u.unit.id()), null));
		long kase = u.acceptedCase(cases);
		clock.set(march(11, 10)); // two days after its deadline
		completed(u, kase);

		commitments.checkMonth(YearMonth.of(2026, 3));
		commitments.checkMonth(YearMonth.of(2026, 3));

		assertThat(jdbc.sql("""
				select object_part || ' ' || state || ' ' || holder_staff_id from supervision.card
				where object_type = 'COMMITMENT' and object_id = :unit""")
			.param("unit", u.unit.id())
			.query(String.class)
			.list()).as("the on-time rate of 0 %, once; the average days have no promised number")
			.containsExactly("20260301 PENDING " + u.principal.id());
	}

	@Test
	void aCommitmentKeptForTheMonthRaisesNothing() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		u.as("p", "ROLE_LEADER", () -> catalog.draftCommitment(new UnitId(u.unit.id()), new CommitmentDraft("我们承诺：",
				List.of(new Promise(0, PromiseCategory.SHORTENED_LIMIT, "按承诺时限办结", CommitmentMetric.ON_TIME_COMPLETION_RATE)))));
		u.as("p", "ROLE_LEADER", () -> catalog.publishCommitment(new UnitId(u.unit.id()), null));
		long kase = u.acceptedCase(cases);
		clock.set(march(4, 10));
		completed(u, kase);

		commitments.checkMonth(YearMonth.of(2026, 3));

		assertThat(jdbc.sql("select count(*) from supervision.card where object_type = 'COMMITMENT' and object_id = :unit")
			.param("unit", u.unit.id())
			.query(Long.class)
			.single()).isZero();
	}

	private long watchedStep(SupervisedUnit u) {
		long kase = u.acceptedCase(cases);
		await().atMost(Duration.ofSeconds(120)).until(() -> watchedLimits("STEP", kase) == 1);
		return kase;
	}

	private long ratedBadly(SupervisedUnit u) {
		clock.set(march(2, 9));
		long kase = u.acceptedCase(cases);
		clock.set(march(3, 10));
		completed(u, kase);
		portal.rate(cases.caseFile(kase).queryCode(), "8000", null,
				new NewRating(2, 2, 2, 2, "等待太久", RatingChannel.PROGRESS_PAGE), "test-" + u.tag);
		await().atMost(Duration.ofSeconds(120)).until(() -> watchedLimits("RATING", rectificationOf(kase)) == 1);
		return kase;
	}

	private void completed(SupervisedUnit u, long kase) {
		u.as("a", "ROLE_HANDLER", () -> {
			cases.completeStep(kase, 1, "同意");
			return cases.complete(kase, "食品经营许可证", "JY" + kase);
		});
	}

	private long rectificationOf(long caseId) {
		return jdbc.sql("select id from casework.rectification where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single();
	}

	private void limitsOn(int day) {
		limits.raisePassed(marchDay(day), march(day, 9));
	}

	private long watchedLimits(String type, long id) {
		return jdbc.sql("select count(*) from supervision.watched_limit where object_type = :type and object_id = :id")
			.param("type", type)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private List<String> cardsAbout(String type, long id) {
		return jdbc.sql("""
				select rule_code || ' ' || colour || ' ' || state from supervision.card
				where object_type = :type and object_id = :id order by id""")
			.param("type", type)
			.param("id", id)
			.query(String.class)
			.list();
	}
}
