package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** The caller neither holds nor acts for the step, or is not the leader with authority over the decision. */
public class NotYourWorkException extends RuleViolationException {

	NotYourWorkException() {
		super(Kind.RULE_BROKEN, "casework.notYours");
	}
}
