package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** Only the leader with authority over the department (or who acts for them) decides a filing. */
public class DecisionAuthorityMissingException extends RuleViolationException {

	DecisionAuthorityMissingException() {
		super(Kind.RULE_BROKEN, "refusal.error.noAuthority");
	}
}
