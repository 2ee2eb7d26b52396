package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** A case has no decision notice: it has not been decided (or was closed without accountability). */
class NoticeNotIssuedException extends RuleViolationException {

	NoticeNotIssuedException(long id) {
		super(Kind.NOT_FOUND, "accountability.error.noNotice", String.valueOf(id));
	}
}
