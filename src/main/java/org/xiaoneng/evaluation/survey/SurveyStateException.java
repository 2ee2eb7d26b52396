package org.xiaoneng.evaluation.survey;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.RuleViolationException;

/** The survey's state forbids the step (inviting twice, closing before inviting); the message names the state. */
class SurveyStateException extends RuleViolationException {

	SurveyStateException(SurveyState state) {
		super(Kind.CONFLICT, "survey.error.state", new DefaultMessageSourceResolvable("survey.state." + state));
	}
}
