package org.xiaoneng.evaluation;

import org.xiaoneng.common.RuleViolationException;

/** No scheme has this id. */
class SchemeNotFoundException extends RuleViolationException {

	SchemeNotFoundException(long id) {
		super(Kind.NOT_FOUND, "evaluation.error.schemeNotFound", String.valueOf(id));
	}
}
