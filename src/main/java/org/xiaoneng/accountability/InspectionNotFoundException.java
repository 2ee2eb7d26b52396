package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** There is no such inspection, or the caller may not see it. */
class InspectionNotFoundException extends RuleViolationException {

	InspectionNotFoundException(long id) {
		super(Kind.NOT_FOUND, "accountability.error.inspectionNotFound", String.valueOf(id));
	}
}
