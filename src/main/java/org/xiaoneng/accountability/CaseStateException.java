package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** The case's state forbids the action (a decided case is not decided again). */
class CaseStateException extends RuleViolationException {

	CaseStateException(long id, CaseState state) {
		super(Kind.CONFLICT, "accountability.error.caseState", String.valueOf(id), Labels.of(state));
	}
}
