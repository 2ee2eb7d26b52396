package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A staff number (工号) is unique in the region: another staff member already has it.
 */
public class StaffNumberTakenException extends RuleViolationException {

	StaffNumberTakenException(String staffNumber) {
		super(Kind.CONFLICT, "organization.staff.numberTaken", staffNumber);
	}
}
