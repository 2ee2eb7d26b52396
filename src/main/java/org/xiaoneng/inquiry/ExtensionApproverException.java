package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** Only the head of the handling department approves an extension. */
public class ExtensionApproverException extends RuleViolationException {

	ExtensionApproverException() {
		super(Kind.RULE_BROKEN, "inquiry.notTheApprover");
	}
}
