package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A staff member has at most one transfer waiting for its day: a second is a change of the first, made by cancelling
 * it.
 */
public class TransferAlreadyScheduledException extends RuleViolationException {

	TransferAlreadyScheduledException(String staffNumber) {
		super(Kind.CONFLICT, "organization.transfer.alreadyScheduled", staffNumber);
	}
}
