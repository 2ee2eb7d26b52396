package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.evaluation.Indicator.computed;
import static org.xiaoneng.evaluation.Indicator.dimension;
import static org.xiaoneng.evaluation.Indicator.scored;

import java.time.Instant;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.xiaoneng.common.RuleViolationException;

/** The rules of a scheme's tree, its versions and its freezing, without Spring. */
class SchemeUnitTests {

	private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	@Test
	void theSourceTextsDefaultSchemesAreValidAndWeighOneHundred() {
		for (List<Indicator> tree : List.of(DefaultSchemes.department(), DefaultSchemes.staff(false),
				DefaultSchemes.staff(true))) {
			Scheme scheme = draft(tree);
			assertThat(scheme.leaves().stream().mapToDouble(Scheme.WeightedIndicator::weight).sum())
				.isCloseTo(100.0, Offset.offset(1e-9));
		}
		assertThat(DefaultSchemes.department()).extracting(Indicator::name)
			.containsExactly("年度工作目标", "履行职责", "廉政建设", "工作效率");
		assertThat(DefaultSchemes.staff(false)).extracting(Indicator::name).containsExactly("德", "能", "勤", "绩");
		assertThat(DefaultSchemes.staff(true)).extracting(Indicator::name).containsExactly("德", "能", "勤", "绩", "廉");
	}

	@Test
	void dimensionWeightsNotSummingToOneHundredAreRefusedWithTheirSum() {
		assertRefused(List.of(goals(60), efficiency(30)), "evaluation.error.dimensionWeights", 90);
	}

	@Test
	void indicatorWeightsWithinADimensionNotSummingToOneHundredAreRefusedNamingTheDimension() {
		List<Indicator> tree = List.of(dimension("A", "甲", 100, List.of(
				scored("A.1", "领导评议", 50, IndicatorKind.LEADER_SCORED),
				scored("A.2", "年终考核", 40, IndicatorKind.YEAR_END))));
		assertRefused(tree, "evaluation.error.weights", "A", 90);
	}

	@Test
	void anIndicatorWithoutARuleIsRefused() {
		Indicator ruleless = new Indicator("A.1", "无规则", 100, IndicatorKind.YEAR_END, null, null, null, null);
		assertRefused(List.of(dimension("A", "甲", 100, List.of(ruleless))), "evaluation.error.ruleMissing", "A.1");
	}

	@Test
	void aComputedIndicatorNamesItsFigure() {
		Indicator figureless = new Indicator("A.1", "按时办结率", 100, IndicatorKind.COMPUTED, null,
				ScoringRule.linear(80, 100), null, null);
		assertRefused(List.of(dimension("A", "甲", 100, List.of(figureless))), "evaluation.error.measure", "A.1");
	}

	@Test
	void aQualitativeIndicatorNeedsItsWrittenCriteria() {
		assertRefused(List.of(dimension("A", "甲", 100, List.of(Indicator.qualitative("A.1", "作风", 100, " ")))),
				"evaluation.error.criteria", "A.1", Scheme.MAX_CRITERIA);
	}

	@Test
	void aBonusCarriesNoWeightAndAddsOutsideTheHundred() {
		Indicator bonus = computed("A.3", "加分", 0, Measure.ON_TIME_RATE, ScoringRule.bonus(1, 5));
		Scheme scheme = draft(List.of(dimension("A", "甲", 100,
				List.of(scored("A.1", "领导评议", 100, IndicatorKind.LEADER_SCORED), bonus))));
		assertThat(scheme.leaves()).hasSize(2);
		Indicator weighted = computed("A.3", "加分", 10, Measure.ON_TIME_RATE, ScoringRule.bonus(1, 5));
		assertRefused(List.of(dimension("A", "甲", 100,
				List.of(scored("A.1", "领导评议", 90, IndicatorKind.LEADER_SCORED), weighted))),
				"evaluation.error.weight", "A.3");
	}

	@Test
	void aCodeUsedTwiceIsRefused() {
		List<Indicator> tree = List.of(dimension("A", "甲", 50, List.of(scored("X", "一", 100, IndicatorKind.YEAR_END))),
				dimension("B", "乙", 50, List.of(scored("X", "二", 100, IndicatorKind.YEAR_END))));
		assertRefused(tree, "evaluation.error.codeTwice", "X");
	}

	@Test
	void aRevisionIsTheNextVersionUntilTheYearFreezesIt() {
		Scheme first = draft(DefaultSchemes.department());
		Scheme second = first.revise(DefaultSchemes.department(), "team", NOW);
		assertThat(second.version()).isEqualTo(2);
		second.freeze(NOW);
		assertThatThrownBy(() -> second.revise(DefaultSchemes.department(), "team", NOW))
			.isInstanceOf(SchemeFrozenException.class);
	}

	private static Indicator goals(int weight) {
		return dimension("GOALS", "年度工作目标", weight, List.of(scored("G.1", "年终考核", 100, IndicatorKind.YEAR_END)));
	}

	private static Indicator efficiency(int weight) {
		return dimension("EFF", "工作效率", weight,
				List.of(computed("E.1", "按时办结率", 100, Measure.ON_TIME_RATE, ScoringRule.linear(80, 100))));
	}

	private static Scheme draft(List<Indicator> tree) {
		return Scheme.draft(2026, ObjectType.DEPARTMENT, GradeScale.CIVIL_SERVANT, tree, "team", NOW);
	}

	private static void assertRefused(List<Indicator> tree, String key, Object... arguments) {
		assertThatThrownBy(() -> draft(tree)).isInstanceOfSatisfying(SchemeInvalidException.class, refused -> {
			assertThat(refused.messageKey()).isEqualTo(key);
			assertThat(refused.arguments()).containsExactly(arguments);
			assertThat(refused.kind()).isEqualTo(RuleViolationException.Kind.INVALID_INPUT);
		});
	}
}
