package org.xiaoneng.disclosure;

import org.xiaoneng.common.RuleViolationException;

/** An item, request, attachment or feedback that does not exist or lies outside the caller's unit. */
class DisclosureNotFoundException extends RuleViolationException {

	DisclosureNotFoundException(Object what) {
		super(Kind.NOT_FOUND, "disclosure.error.notFound", what);
	}
}
