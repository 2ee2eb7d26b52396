package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.evaluation.SchemeIntegrationTests.asTeam;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.testing.IntegrationTest;

/**
 * A pool ranked and graded in one statement (docs/decisions/0049): ranks by total, equal totals sharing one; grades by
 * the thresholds; the 优秀 quota (20 %, 25 % with approval) to the best not blocked; and a pool graded again writes
 * nothing. Year 2055 and pools of its own; its rows are removed after each test.
 */
@IntegrationTest
class PoolGradingIntegrationTests {

	private static final int YEAR = 2055;

	private static final long UNIT = 2_055_001;

	private static final EvaluationSettings SETTINGS = EvaluationSettings.defaults();

	@Autowired
	PerformanceEvaluation evaluation;

	@Autowired
	Results results;

	@Autowired
	JdbcClient jdbc;

	private SchemeId scheme;

	/** A result's place and grade as stored. */
	record Graded(long objectId, int rank, Grade grade) {
	}

	@BeforeEach
	void scheme() {
		scheme = asTeam(() -> evaluation.draftDefaultScheme(YEAR, ObjectType.STAFF, GradeScale.CIVIL_SERVANT, false))
			.id();
	}

	@AfterEach
	void removeResults() {
		jdbc.sql("delete from evaluation.result where year = :year").param("year", YEAR).update();
	}

	@Test
	void ofAHundredExcellentTotalsOnlyTheBestTwentyAreExcellentAndTwentyFiveWithApproval() {
		for (int i = 1; i <= 100; i++) {
			add(ObjectType.STAFF, i, 100 - i * 0.05, null);
		}

		assertThat(results.regradePool(YEAR, ObjectType.STAFF, UNIT, SETTINGS, false)).isEqualTo(100);
		List<Graded> graded = graded(ObjectType.STAFF);
		assertThat(graded).filteredOn(g -> g.grade() == Grade.EXCELLENT).hasSize(20);
		assertThat(graded.get(0)).isEqualTo(new Graded(1, 1, Grade.EXCELLENT));
		assertThat(graded.get(20)).isEqualTo(new Graded(21, 21, Grade.COMPETENT));

		assertThat(results.regradePool(YEAR, ObjectType.STAFF, UNIT, SETTINGS, true)).isEqualTo(5);
		assertThat(graded(ObjectType.STAFF)).filteredOn(g -> g.grade() == Grade.EXCELLENT).hasSize(25);
	}

	@Test
	void aBlockedPersonIsNotExcellentWhateverTheirTotalAndTheNextTakesThePlace() {
		add(ObjectType.STAFF, 1, 99, "问责决定: 通报批评");
		for (int i = 2; i <= 5; i++) {
			add(ObjectType.STAFF, i, 95 - i, null);
		}

		results.regradePool(YEAR, ObjectType.STAFF, UNIT, SETTINGS, false);

		List<Graded> graded = graded(ObjectType.STAFF);
		assertThat(graded.get(0)).isEqualTo(new Graded(1, 1, Grade.COMPETENT));
		assertThat(graded.get(1)).isEqualTo(new Graded(2, 2, Grade.EXCELLENT));
		assertThat(graded.get(2)).isEqualTo(new Graded(3, 3, Grade.COMPETENT));
	}

	@Test
	void equalTotalsShareARankTheLowerIdTakesTheLastExcellentAndTheThresholdsGiveTheLowerGrades() {
		for (double total : new double[] { 95, 95, 95, 95, 95, 75, 75, 65, 40, 40 }) {
			add(ObjectType.DEPARTMENT, graded(ObjectType.DEPARTMENT).size() + 1, total, null);
			results.regradePool(YEAR, ObjectType.DEPARTMENT, null, SETTINGS, false);
		}

		// ten evaluated: two 优秀, to the first two ids of the five equal best
		assertThat(graded(ObjectType.DEPARTMENT)).extracting(Graded::rank)
			.containsExactly(1, 1, 1, 1, 1, 6, 6, 8, 9, 9);
		assertThat(graded(ObjectType.DEPARTMENT)).extracting(Graded::grade)
			.containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.COMPETENT, Grade.COMPETENT, Grade.COMPETENT,
					Grade.COMPETENT, Grade.COMPETENT, Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT,
					Grade.INCOMPETENT);
		assertThat(results.regradePool(YEAR, ObjectType.DEPARTMENT, null, SETTINGS, false)).isZero();
	}

	private void add(ObjectType type, long objectId, double total, String blocked) {
		ScoreLine line = new ScoreLine("A.1", "绩", "年终考核", IndicatorKind.YEAR_END, null, 100, total, total, total,
				0);
		results.save(Result.computed(YEAR, type, objectId, UNIT, UNIT, GradeScale.CIVIL_SERVANT, scheme,
				List.of(line), blocked));
	}

	/** The pool as stored, best first and then by id (the order the quota goes in). */
	private List<Graded> graded(ObjectType type) {
		return jdbc.sql("""
				select object_id, coalesce(rank, 0) as rank, grade from evaluation.result
				where year = :year and object_type = :type order by total desc, id""")
			.param("year", YEAR)
			.param("type", type.name())
			.query((rs, row) -> new Graded(rs.getLong("object_id"), rs.getInt("rank"),
					rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade"))))
			.list();
	}
}
