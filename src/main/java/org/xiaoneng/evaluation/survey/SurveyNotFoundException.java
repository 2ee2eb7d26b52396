package org.xiaoneng.evaluation.survey;

import org.xiaoneng.common.RuleViolationException;

/** There is no such survey, or the caller may not see it. */
class SurveyNotFoundException extends RuleViolationException {

	SurveyNotFoundException(Object id) {
		super(Kind.NOT_FOUND, "survey.error.notFound", id);
	}
}
