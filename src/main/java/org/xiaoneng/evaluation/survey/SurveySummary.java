package org.xiaoneng.evaluation.survey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey as lists show it.
 *
 * @param unitId the unit surveyed, or {@code null} for the whole region
 * @param unitName its name, or {@code null} for the whole region
 * @param seed the seed its sample was (or will be) drawn from
 */
public record SurveySummary(SurveyId id, int year, Long unitId, String unitName, LocalDate from, LocalDate to,
		int perStratum, long seed, LocalDate answerBy, SurveyState state, String definedBy, Instant openedAt,
		Instant closedAt) {
}
