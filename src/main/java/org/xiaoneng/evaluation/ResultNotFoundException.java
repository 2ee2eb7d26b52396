package org.xiaoneng.evaluation;

import org.xiaoneng.common.RuleViolationException;

/** No result has this id, or the caller may not see it (docs/decisions/0004: out of scope reads as missing). */
class ResultNotFoundException extends RuleViolationException {

	ResultNotFoundException(long id) {
		super(Kind.NOT_FOUND, "evaluation.error.resultNotFound", String.valueOf(id));
	}
}
