package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/** A unit's review bodies are both named, never one left blank: a refusal notice needs the two. */
public class ReviewBodiesRequiredException extends RuleViolationException {

	ReviewBodiesRequiredException() {
		super(Kind.INVALID_INPUT, "organization.unit.reviewBodiesRequired");
	}
}
