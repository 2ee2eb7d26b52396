package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * Two units cannot have the same unified social credit code.
 */
public class CreditCodeTakenException extends RuleViolationException {

	CreditCodeTakenException(String code) {
		super(Kind.CONFLICT, "organization.unit.creditCodeTaken", code);
	}
}
