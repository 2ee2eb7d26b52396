package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** The caller's account is not linked to a staff member at work, so there is nobody to act as. */
public class StaffNotLinkedException extends RuleViolationException {

	StaffNotLinkedException(Object... arguments) {
		super(Kind.RULE_BROKEN, "substitution.notLinked", arguments);
	}
}
