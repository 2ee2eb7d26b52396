package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** A service commitment is incomplete, or cannot be signed because the unit has no principal leader. */
public class CommitmentInvalidException extends RuleViolationException {

	CommitmentInvalidException(String what, Object... arguments) {
		super(Kind.INVALID_INPUT, "catalog.rule.commitment." + what, arguments);
	}
}
