package org.xiaoneng.organization;

import org.xiaoneng.common.RuleViolationException;

/**
 * Leaving needs how the staff member leaves: 调离, 离职 or 退休.
 */
public class DepartureStatusRequiredException extends RuleViolationException {

	DepartureStatusRequiredException() {
		super(Kind.INVALID_INPUT, "organization.staff.departureStatusRequired");
	}
}
