package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** Only the person who must act on the matter now (or their department head) may do this. */
public class NotTheHandlerException extends RuleViolationException {

	NotTheHandlerException() {
		super(Kind.RULE_BROKEN, "inquiry.notTheHandler");
	}
}
