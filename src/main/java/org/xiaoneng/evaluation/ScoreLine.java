package org.xiaoneng.evaluation;

/**
 * One indicator of a result's breakdown.
 *
 * @param code the indicator's code
 * @param dimension the dimension's name
 * @param name the indicator's name
 * @param kind where the score comes from
 * @param measure the computed figure, or {@code null}
 * @param weight its weight in the whole scheme, in per cent (0 for a bonus)
 * @param figure the figure or score the rule was applied to; {@code null} when there was none (no cases to measure,
 * or nobody has scored it yet)
 * @param points the rule's points, 0–100 (bonus points for a bonus)
 * @param contribution what it adds to the total
 * @param evidence how many cases, cards or decisions stand behind the figure
 */
public record ScoreLine(String code, String dimension, String name, IndicatorKind kind, Measure measure, double weight,
		Double figure, double points, double contribution, int evidence) {
}
