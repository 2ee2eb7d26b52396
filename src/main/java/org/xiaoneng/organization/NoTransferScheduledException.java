package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * Only a transfer still waiting for its day can be cancelled: one applied is undone by another transfer.
 */
public class NoTransferScheduledException extends RuleViolationException {

	NoTransferScheduledException(String staffNumber) {
		super(Kind.CONFLICT, "organization.transfer.noneScheduled", staffNumber);
	}
}
