package org.xiaoneng.badge;

import org.xiaoneng.common.RuleViolationException;

/** There is no such badge or task, or the caller may not see it. */
class BadgeNotFoundException extends RuleViolationException {

	BadgeNotFoundException(Object what) {
		super(Kind.NOT_FOUND, "badge.error.notFound", what);
	}
}
