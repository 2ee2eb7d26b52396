package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** A decision lighter than the case's severity (and 从重) allows. */
class SanctionTooLightException extends RuleViolationException {

	SanctionTooLightException(Severity severity, boolean aggravated, Sanction lightestAllowed) {
		super(Kind.RULE_BROKEN, "accountability.error.sanctionTooLight", Labels.of(severity), aggravated ? 1 : 0, Labels.of(lightestAllowed));
	}
}
