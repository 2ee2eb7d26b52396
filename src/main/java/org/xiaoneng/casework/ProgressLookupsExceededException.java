package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** Too many progress look-ups from one address in a short time. */
public class ProgressLookupsExceededException extends RuleViolationException {

	ProgressLookupsExceededException() {
		super(Kind.TOO_MANY_REQUESTS, "casework.progress.tooMany");
	}
}
