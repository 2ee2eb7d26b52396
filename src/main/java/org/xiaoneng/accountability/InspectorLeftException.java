package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** An inspector named who has left the organisation's staff (retired, transferred out) inspects no more. */
class InspectorLeftException extends RuleViolationException {

	InspectorLeftException(String name) {
		super(Kind.INVALID_INPUT, "accountability.error.inspectorLeft", name);
	}
}
