package org.xiaoneng.organization;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/**
 * A transfer scheduled ahead takes effect on a later day than today; a transfer effective today is made at once, and
 * one in the past would rewrite where someone worked.
 */
public class TransferDateInvalidException extends RuleViolationException {

	TransferDateInvalidException(LocalDate today) {
		super(Kind.INVALID_INPUT, "organization.transfer.dateNotInFuture", today.toString());
	}
}
