package org.xiaoneng.inquiry;

import org.xiaoneng.common.RuleViolationException;

/** There is no extension waiting for approval on this matter. */
public class NoExtensionRequestedException extends RuleViolationException {

	NoExtensionRequestedException() {
		super(Kind.CONFLICT, "inquiry.noExtensionRequested");
	}
}
