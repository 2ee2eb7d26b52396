package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/** There is no such filing, or the caller may not see it. */
public class RefusalNotFoundException extends RuleViolationException {

	public RefusalNotFoundException(long id) {
		super(Kind.NOT_FOUND, "refusal.error.notFound", id);
	}
}
