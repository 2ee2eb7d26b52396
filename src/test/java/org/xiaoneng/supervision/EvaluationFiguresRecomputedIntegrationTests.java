package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.supervision.SupervisedUnit.march;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Duration;
import java.time.Instant;
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
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.evaluation.GradeScale;
import org.xiaoneng.evaluation.ObjectType;
import org.xiaoneng.evaluation.PerformanceEvaluation;
import org.xiaoneng.evaluation.ResultView;
import org.xiaoneng.evaluation.ScoreLine;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * The evaluation's computed figures recomputed independently from the database (issue 16): a handler completes one
 * case on time and one late, the late one is rated badly, the year is computed, and the handler's and the
 * department's on-time rate, bad ratings and cards are counted again from casework's and supervision's own rows,
 * by a different route (the case's completion day against its promised deadline), and found the same. It lives
 * beside supervision's tests for their unit with a published item.
 */
@IntegrationTest
class EvaluationFiguresRecomputedIntegrationTests {

	private static final int YEAR = 2026;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Cases cases;

	@Autowired
	CasePortal portal;

	@Autowired
	PerformanceEvaluation evaluation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ListenersAtRest listeners;

	private Instant before;

	@BeforeEach
	void keepTheClock() {
		before = clock.instant();
	}

	@AfterEach
	void restoreTheClock() {
		clock.set(before);
	}

	@Test
	void everyComputedFigureOfAHandlerAndTheirDepartmentIsFoundAgainFromTheRows() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		clock.set(march(2, 9));
		long onTime = u.acceptedCase(cases);
		long late = u.acceptedCase(cases);
		clock.set(march(3, 10));
		complete(u, onTime);
		clock.set(march(20, 10));
		complete(u, late);
		portal.rate(cases.caseFile(late).queryCode(), "8000", null,
				new NewRating(2, 2, 2, 2, "等待太久", RatingChannel.PROGRESS_PAGE), "test-" + u.tag);
		assertThat(listeners.await(Duration.ofSeconds(30))).isTrue();

		runAs("evaluation-recompute-team", () -> {
			for (GradeScale scale : GradeScale.values()) {
				evaluation.draftDefaultScheme(YEAR, ObjectType.DEPARTMENT, scale, false);
				evaluation.draftDefaultScheme(YEAR, ObjectType.STAFF, scale, false);
			}
			evaluation.startYear(YEAR);
			return evaluation.compute(YEAR);
		}, "ROLE_SUPERVISOR");

		ResultView handler = result(ObjectType.STAFF, u.handler.id());
		assertThat(figure(handler, "JI.1")).isEqualTo(onTimeRate("current_staff_id", u.handler.id())).isEqualTo(50.0);
		assertThat(figure(handler, "JI.3")).isEqualTo(badRatings("current_staff_id", u.handler.id())).isEqualTo(1.0);
		assertThat(figure(handler, "QIN.3")).isEqualTo(cards("holder_staff_id", u.handler.id(), "YELLOW"));
		ResultView department = result(ObjectType.DEPARTMENT, u.registration.id());
		assertThat(figure(department, "DUTIES.1")).isEqualTo(onTimeRate("department_id", u.registration.id()));
		assertThat(figure(department, "DUTIES.2")).isEqualTo(badRatings("department_id", u.registration.id()));
		assertThat(figure(department, "EFFICIENCY.2")).isEqualTo(cards("department_id", u.registration.id(), "YELLOW"));
		assertThat(figure(department, "EFFICIENCY.3")).isEqualTo(cards("department_id", u.registration.id(), "RED"));
	}

	private void complete(SupervisedUnit u, long kase) {
		u.as("a", "ROLE_HANDLER", () -> {
			cases.completeStep(kase, 1, "同意");
			return cases.complete(kase, "食品经营许可证", "JY" + kase);
		});
	}

	private ResultView result(ObjectType type, long objectId) {
		List<ResultView> all = runAs("evaluation-recompute-team", () -> evaluation.results(YEAR, type),
				"ROLE_SUPERVISOR");
		return all.stream().filter(r -> r.objectId() == objectId).findFirst().orElseThrow();
	}

	private static Double figure(ResultView result, String code) {
		return result.breakdown().stream().filter(line -> line.code().equals(code)).findFirst()
			.map(ScoreLine::figure).orElseThrow();
	}

	/** Completed in the year by the promised deadline, out of all completed in the year, from the case files. */
	private double onTimeRate(String column, long id) {
		return jdbc.sql("""
				select 100.0 * count(*) filter (where decided_on <= promised_deadline) / count(*)
				from casework.case_file
				where %s = :id and state in ('COMPLETED', 'DELIVERED') and extract(year from decided_on) = :year"""
			.formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.single();
	}

	private double badRatings(String column, long id) {
		return jdbc.sql("""
				select count(*) from casework.rating r join casework.case_file c on c.id = r.case_id
				where c.%s = :id and r.overall <= 2 and extract(year from c.decided_on) = :year""".formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.single();
	}

	private double cards(String column, long id, String colour) {
		return jdbc.sql("""
				select count(*) from supervision.card
				where %s = :id and colour = :colour and state in ('ISSUED', 'ANSWERED', 'CLOSED')
				  and extract(year from issued_at at time zone 'Asia/Shanghai') = :year""".formatted(column))
			.param("id", id)
			.param("colour", colour)
			.param("year", YEAR)
			.query(Double.class)
			.single();
	}
}
