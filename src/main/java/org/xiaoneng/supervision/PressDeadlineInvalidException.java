package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/** A press (督办) sets a deadline from today on. */
class PressDeadlineInvalidException extends RuleViolationException {

	PressDeadlineInvalidException(LocalDate today) {
		super(Kind.INVALID_INPUT, "supervision.error.pressDeadline", today);
	}
}
