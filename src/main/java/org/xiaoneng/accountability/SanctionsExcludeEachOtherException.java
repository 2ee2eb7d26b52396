package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** Two sanctions that cannot be combined (a person is either moved to another post or made to resign). */
class SanctionsExcludeEachOtherException extends RuleViolationException {

	SanctionsExcludeEachOtherException(Sanction first, Sanction second) {
		super(Kind.INVALID_INPUT, "accountability.error.sanctionsExcludeEachOther", Labels.of(first), Labels.of(second));
	}
}
