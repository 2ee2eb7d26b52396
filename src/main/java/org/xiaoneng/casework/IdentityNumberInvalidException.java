package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** An identity document number is malformed or its check character is wrong (GB 11643-1999, GB 32100-2015). */
public class IdentityNumberInvalidException extends RuleViolationException {

	IdentityNumberInvalidException(IdType type) {
		super(Kind.INVALID_INPUT, "casework.identity." + type.name());
	}
}
