package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/**
 * The promised limit must be at least one third shorter than the statutory one: promised ≤ ⌊statutory × 2/3⌋ in the
 * same unit (服务承诺制). The message names both numbers and the most that may be promised.
 */
public class PromisedLimitOverTwoThirdsException extends RuleViolationException {

	PromisedLimitOverTwoThirdsException(int promised, int statutory, int maximum, LimitUnit unit) {
		super(Kind.RULE_BROKEN, "catalog.rule.twoThirds." + unit.name(), promised, statutory, maximum);
	}
}
