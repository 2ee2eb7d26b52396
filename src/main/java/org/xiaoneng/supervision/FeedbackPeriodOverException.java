package org.xiaoneng.supervision;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/** The feedback deadline passed: the card escalates instead. */
class FeedbackPeriodOverException extends RuleViolationException {

	FeedbackPeriodOverException(LocalDate due) {
		super(Kind.RULE_BROKEN, "supervision.error.feedbackLate", due);
	}
}
