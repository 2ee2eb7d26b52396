package org.xiaoneng.evaluation.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * What the survey page shows to whoever holds a valid link: who asks about which period, the questions, and the last
 * day to answer. Nothing about the person invited.
 */
public record Questionnaire(String unitName, String departmentName, LocalDate from, LocalDate to, LocalDate answerBy,
		List<SurveyQuestion> questions) {
}
