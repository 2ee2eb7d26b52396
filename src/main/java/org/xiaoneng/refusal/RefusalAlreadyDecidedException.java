package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** A filing is decided once. */
public class RefusalAlreadyDecidedException extends RuleViolationException {

	RefusalAlreadyDecidedException() {
		super(Kind.CONFLICT, "refusal.error.alreadyDecided");
	}
}
