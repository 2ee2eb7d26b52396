package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * Departments, posts, heads and leaders belong to one unit: a department cannot sit under another unit's department,
 * a staff member holds only posts of their own unit, and a unit's leaders and heads are its own staff.
 */
public class UnitBoundaryCrossedException extends RuleViolationException {

	UnitBoundaryCrossedException(String messageKey, Object... arguments) {
		super(Kind.RULE_BROKEN, messageKey, arguments);
	}
}
