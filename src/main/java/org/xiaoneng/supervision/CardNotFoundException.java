package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** There is no such card, or the caller may not see it. */
class CardNotFoundException extends RuleViolationException {

	CardNotFoundException(long id) {
		super(Kind.NOT_FOUND, "supervision.error.cardNotFound", id);
	}
}
