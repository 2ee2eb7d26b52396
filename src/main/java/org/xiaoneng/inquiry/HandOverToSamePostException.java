package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** A matter cannot be handed to the post it already sits with: that would only pass it around. */
public class HandOverToSamePostException extends RuleViolationException {

	HandOverToSamePostException() {
		super(Kind.INVALID_INPUT, "inquiry.samePost");
	}
}
