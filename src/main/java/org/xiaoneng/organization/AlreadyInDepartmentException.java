package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A transfer moves a staff member to a department other than their own.
 */
public class AlreadyInDepartmentException extends RuleViolationException {

	AlreadyInDepartmentException(String staffNumber) {
		super(Kind.CONFLICT, "organization.staff.alreadyInDepartment", staffNumber);
	}
}
