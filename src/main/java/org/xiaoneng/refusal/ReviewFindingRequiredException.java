package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** A reviewer who finds a refusal wrong records what they found. */
public class ReviewFindingRequiredException extends RuleViolationException {

	ReviewFindingRequiredException() {
		super(Kind.INVALID_INPUT, "refusal.error.findingRequired");
	}
}
