package org.xiaoneng.inquiry.web;

import org.xiaoneng.common.RuleViolationException;

/**
 * A hand-over slip tells a visitor where to go next: an inquiry not handed on to another department has none.
 */
class NotHandedOnException extends RuleViolationException {

	NotHandedOnException() {
		super(Kind.CONFLICT, "inquiry.slip.notHandedOn");
	}
}
