package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** There is no such accountability case, or the caller may not see it. */
class AccountabilityCaseNotFoundException extends RuleViolationException {

	AccountabilityCaseNotFoundException(long id) {
		super(Kind.NOT_FOUND, "accountability.error.caseNotFound", String.valueOf(id));
	}
}
