package org.xiaoneng.accountability;

import java.time.LocalDate;

import org.xiaoneng.common.RuleViolationException;

/** A decision before the subject has made a statement or the statement period has passed (the right to be heard). */
class StatementPeriodOpenException extends RuleViolationException {

	StatementPeriodOpenException(LocalDate due) {
		super(Kind.RULE_BROKEN, "accountability.error.statementPeriodOpen", due);
	}
}
