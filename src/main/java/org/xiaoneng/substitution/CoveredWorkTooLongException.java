package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** Covered work is read for a period that ends after it starts and lasts at most a year. */
public class CoveredWorkTooLongException extends RuleViolationException {

	CoveredWorkTooLongException() {
		super(Kind.INVALID_INPUT, "substitution.covered.periodInvalid");
	}
}
