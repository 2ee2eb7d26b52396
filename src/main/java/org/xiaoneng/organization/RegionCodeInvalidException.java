package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * A region code is the six-digit administrative division code (GB/T 2260).
 */
public class RegionCodeInvalidException extends RuleViolationException {

	RegionCodeInvalidException(String code) {
		super(Kind.INVALID_INPUT, "organization.region.codeInvalid", code == null ? "" : code);
	}
}
