package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** An absence ends after it starts. */
public class AbsencePeriodReversedException extends RuleViolationException {

	AbsencePeriodReversedException(Object... arguments) {
		super(Kind.INVALID_INPUT, "substitution.periodReversed", arguments);
	}
}
