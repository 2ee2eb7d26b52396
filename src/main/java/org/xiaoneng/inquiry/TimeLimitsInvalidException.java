package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** Time limits must be whole working days within their ranges (acknowledge 0–30, answer 1–60, conclude 1–90, acceptance notice 1–60). */
public class TimeLimitsInvalidException extends RuleViolationException {

	TimeLimitsInvalidException() {
		super(Kind.INVALID_INPUT, "inquiry.timeLimitsInvalid");
	}
}
