package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** The absence is not in a state that allows the action. */
public class AbsenceStatusException extends RuleViolationException {

	AbsenceStatusException(Object... arguments) {
		super(Kind.CONFLICT, "substitution.status", arguments);
	}
}
