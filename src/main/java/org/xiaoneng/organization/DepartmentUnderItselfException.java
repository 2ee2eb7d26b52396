package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A department cannot be moved under itself or under a department below it: the unit's tree would become a loop.
 */
public class DepartmentUnderItselfException extends RuleViolationException {

	DepartmentUnderItselfException(String name) {
		super(Kind.RULE_BROKEN, "organization.department.underItself", name);
	}
}
