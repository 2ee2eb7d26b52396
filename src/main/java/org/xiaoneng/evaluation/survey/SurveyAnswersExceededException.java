package org.xiaoneng.evaluation.survey;

import org.xiaoneng.common.RuleViolationException;

/** One address opened or answered too many survey links in a short time: nobody tries tokens by the thousand. */
class SurveyAnswersExceededException extends RuleViolationException {

	SurveyAnswersExceededException() {
		super(Kind.TOO_MANY_REQUESTS, "survey.error.tooMany");
	}
}
