package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** The filing is not in a state that allows this (e.g. returning materials before the refusal took effect). */
public class RefusalStateException extends RuleViolationException {

	RefusalStateException() {
		super(Kind.CONFLICT, "refusal.error.state");
	}
}
