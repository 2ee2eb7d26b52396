package org.xiaoneng.evaluation.survey;

import java.time.LocalDate;

/**
 * A survey as its definer asks for it.
 *
 * @param year the evaluation year it serves
 * @param unitId the unit surveyed, or {@code null} for every unit of the region
 * @param from the first day of the period whose applicants and visitors are sampled
 * @param to its last day, over already
 * @param perStratum how many people to draw per department at most
 * @param seed the seed of the draw, or {@code null} for a random one (recorded either way)
 * @param answerBy the last day the links work
 */
public record NewSurvey(int year, Long unitId, LocalDate from, LocalDate to, int perStratum, Long seed,
		LocalDate answerBy) {
}
