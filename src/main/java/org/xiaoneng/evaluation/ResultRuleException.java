package org.xiaoneng.evaluation;

import org.xiaoneng.common.RuleViolationException;

/**
 * A result's step broke its rule: signed by someone else, finalised before the objection period ended, a failing
 * department finalised before its organisation check, a dispute answered without words. The key names which.
 */
class ResultRuleException extends RuleViolationException {

	ResultRuleException(String messageKey, Object... arguments) {
		super(Kind.RULE_BROKEN, messageKey, arguments);
	}
}
