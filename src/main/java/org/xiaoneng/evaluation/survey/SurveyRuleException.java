package org.xiaoneng.evaluation.survey;

import org.xiaoneng.common.RuleViolationException;

/** A survey's definition or answer broke one of its rules; the message key names the rule. */
class SurveyRuleException extends RuleViolationException {

	SurveyRuleException(Kind kind, String messageKey, Object... arguments) {
		super(kind, messageKey, arguments);
	}

	static SurveyRuleException invalid(String messageKey, Object... arguments) {
		return new SurveyRuleException(Kind.INVALID_INPUT, messageKey, arguments);
	}
}
