package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * Only a staff member at work can be changed, transferred, given a post or a leading role, or leave.
 */
public class StaffAlreadyLeftException extends RuleViolationException {

	StaffAlreadyLeftException(String staffNumber) {
		super(Kind.CONFLICT, "organization.staff.alreadyLeft", staffNumber);
	}
}
