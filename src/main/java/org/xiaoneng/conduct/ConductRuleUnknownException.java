package org.xiaoneng.conduct;

import org.xiaoneng.common.RuleViolationException;

/** A conduct rule code not in the unit's current list. */
class ConductRuleUnknownException extends RuleViolationException {

	ConductRuleUnknownException(String code) {
		super(Kind.INVALID_INPUT, "conduct.error.ruleUnknown", code);
	}
}
