package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** Nobody is away twice at the same time: a new absence must not overlap one on record. */
public class AbsencesOverlapException extends RuleViolationException {

	AbsencesOverlapException(Object... arguments) {
		super(Kind.CONFLICT, "substitution.overlap", arguments);
	}
}
