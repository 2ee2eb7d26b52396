package org.xiaoneng.evaluation;

import java.util.List;

/**
 * A node of a scheme's indicator tree (考评指标体系): a dimension (德, 能… or the departments' four aspects) with its
 * indicators, or an indicator with its kind and rule. Each level's weights sum to 100: the dimensions' within the
 * scheme, an indicator's within its dimension; a bonus indicator carries none.
 *
 * @param code short and unique within the scheme (e.g. {@code DE.1})
 * @param name what it is called
 * @param weight its share of its level, in per cent
 * @param kind where its score comes from; {@code null} for a dimension
 * @param measure the figure a computed indicator scores, else {@code null}
 * @param rule how the figure becomes points; {@code null} for a dimension
 * @param criteria the written criteria per grade of a qualitative indicator (定性考评标准), else {@code null}
 * @param children a dimension's indicators; empty for an indicator
 */
public record Indicator(String code, String name, int weight, IndicatorKind kind, Measure measure, ScoringRule rule,
		String criteria, List<Indicator> children) {

	public Indicator {
		children = children == null ? List.of() : List.copyOf(children);
	}

	/** A dimension of the tree. */
	public static Indicator dimension(String code, String name, int weight, List<Indicator> indicators) {
		return new Indicator(code, name, weight, null, null, null, null, indicators);
	}

	/** A computed indicator. */
	public static Indicator computed(String code, String name, int weight, Measure measure, ScoringRule rule) {
		return new Indicator(code, name, weight, IndicatorKind.COMPUTED, measure, rule, null, List.of());
	}

	/** An indicator scored by people (leader, public, year-end), points as given. */
	public static Indicator scored(String code, String name, int weight, IndicatorKind kind) {
		return new Indicator(code, name, weight, kind, null, ScoringRule.asScored(), null, List.of());
	}

	/** A qualitative indicator with its written criteria per grade. */
	public static Indicator qualitative(String code, String name, int weight, String criteria) {
		return new Indicator(code, name, weight, IndicatorKind.QUALITATIVE, null, ScoringRule.asScored(), criteria,
				List.of());
	}
}
