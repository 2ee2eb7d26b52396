package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** A decision names no sanction. */
class SanctionsRequiredException extends RuleViolationException {

	SanctionsRequiredException() {
		super(Kind.INVALID_INPUT, "accountability.error.sanctionsRequired");
	}
}
