package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** A badge is only for staff at work: someone who left gets none (rule 九.四). */
class StaffHasLeftException extends RuleViolationException {

	StaffHasLeftException(String name) {
		super(Kind.INVALID_INPUT, "badge.error.staffLeft", name);
	}
}
