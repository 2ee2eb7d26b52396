package org.xiaoneng.disclosure;

import org.xiaoneng.common.RuleViolationException;

/**
 * A request's time limits or state forbid the step (a correction notice after its 7 working days, a second
 * extension, an answer while a third party is asked); the key names the rule.
 */
class RequestRuleException extends RuleViolationException {

	RequestRuleException(String messageKey, Object... arguments) {
		super(Kind.RULE_BROKEN, messageKey, arguments);
	}
}
