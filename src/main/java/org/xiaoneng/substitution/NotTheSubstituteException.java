package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** Only the substitute named on an absence acknowledges its handover and reports back. */
public class NotTheSubstituteException extends RuleViolationException {

	NotTheSubstituteException(Object... arguments) {
		super(Kind.RULE_BROKEN, "substitution.notTheSubstitute", arguments);
	}
}
