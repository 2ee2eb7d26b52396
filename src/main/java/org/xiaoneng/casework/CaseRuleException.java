package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** A rule of casework forbids the action (a second notice without new material, an extension after the deadline…). */
public class CaseRuleException extends RuleViolationException {

	CaseRuleException(String messageKey, Object... arguments) {
		super(Kind.RULE_BROKEN, messageKey, arguments);
	}
}
