package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.organization.DecisionLevel;

/** A sanction above the decider's authority over the subject. */
class SanctionAboveAuthorityException extends RuleViolationException {

	SanctionAboveAuthorityException(Sanction sanction, DecisionLevel needed) {
		super(Kind.RULE_BROKEN, "accountability.error.sanctionAboveAuthority", Labels.of(sanction), Labels.of(needed));
	}
}
