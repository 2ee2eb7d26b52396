package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** Nobody decides their own refusal: beyond their authority the handler cannot refuse. */
public class OwnFilingDecisionException extends RuleViolationException {

	OwnFilingDecisionException() {
		super(Kind.RULE_BROKEN, "refusal.error.ownFiling");
	}
}
