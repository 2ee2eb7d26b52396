package org.xiaoneng.casework;

import org.xiaoneng.common.RuleViolationException;

/** The query code and phone digits do not match a case (the same answer for both, so that codes cannot be probed). */
public class ProgressLookupRefusedException extends RuleViolationException {

	ProgressLookupRefusedException() {
		super(Kind.NOT_FOUND, "casework.progress.notFound");
	}
}
