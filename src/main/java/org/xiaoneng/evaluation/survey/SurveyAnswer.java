package org.xiaoneng.evaluation.survey;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The answers given through one link: every question answered 1–5. Nothing in it says who gave it.
 *
 * @param scores each question's answer
 */
record SurveyAnswer(Map<SurveyQuestion, Integer> scores) {

	SurveyAnswer {
		EnumMap<SurveyQuestion, Integer> copy = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			Integer score = scores == null ? null : scores.get(question);
			if (score == null) {
				throw SurveyRuleException.invalid("survey.error.unanswered",
						new DefaultMessageSourceResolvable(
								"survey.question." + question));
			}
			if (score < SurveyQuestion.LOWEST || score > SurveyQuestion.HIGHEST) {
				throw SurveyRuleException.invalid("survey.error.scoreRange", SurveyQuestion.LOWEST,
						SurveyQuestion.HIGHEST);
			}
			copy.put(question, score);
		}
		scores = Map.copyOf(copy);
	}

	int of(SurveyQuestion question) {
		return scores.get(question);
	}
}
