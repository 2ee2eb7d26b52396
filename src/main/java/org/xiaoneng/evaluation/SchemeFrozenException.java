package org.xiaoneng.evaluation;

import org.xiaoneng.common.RuleViolationException;

/** The year's evaluation has started: its schemes are frozen and no new version is drafted. */
class SchemeFrozenException extends RuleViolationException {

	SchemeFrozenException(int year) {
		super(Kind.CONFLICT, "evaluation.error.schemeFrozen", String.valueOf(year));
	}
}
