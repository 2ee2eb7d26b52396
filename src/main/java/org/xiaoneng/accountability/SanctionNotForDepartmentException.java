package org.xiaoneng.accountability;

import org.xiaoneng.common.RuleViolationException;

/** A sanction that applies to a person only, decided on a department. */
class SanctionNotForDepartmentException extends RuleViolationException {

	SanctionNotForDepartmentException(Sanction sanction) {
		super(Kind.INVALID_INPUT, "accountability.error.sanctionNotForDepartment", Labels.of(sanction));
	}
}
