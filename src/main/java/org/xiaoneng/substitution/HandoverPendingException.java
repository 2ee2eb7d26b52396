package org.xiaoneng.substitution;

import org.xiaoneng.common.RuleViolationException;

/** An absence of a working day or more needs the handover acknowledged by the substitute before it is approved, so that it is done before the absence starts. */
public class HandoverPendingException extends RuleViolationException {

	HandoverPendingException(Object... arguments) {
		super(Kind.CONFLICT, "substitution.handoverPending", arguments);
	}
}
