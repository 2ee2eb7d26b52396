package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A unified social credit code must be 18 code characters ending with the right check character (GB 32100-2015).
 */
public class CreditCodeInvalidException extends RuleViolationException {

	CreditCodeInvalidException(String code) {
		super(Kind.INVALID_INPUT, "organization.unit.creditCodeInvalid", code == null ? "" : code);
	}
}
