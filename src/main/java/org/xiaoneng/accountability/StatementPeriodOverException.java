package org.xiaoneng.accountability;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/** A statement after its deadline. */
class StatementPeriodOverException extends RuleViolationException {

	StatementPeriodOverException(LocalDate due) {
		super(Kind.RULE_BROKEN, "accountability.error.statementPeriodOver", due);
	}
}
