package org.xiaoneng.supervision.cockpit;

import org.xiaoneng.common.RuleViolationException;

/** The cockpit of a unit the caller may not see, answered as a unit that does not exist. */
class CockpitUnitNotFoundException extends RuleViolationException {

	CockpitUnitNotFoundException(long unitId) {
		super(Kind.NOT_FOUND, "supervision.cockpit.error.unitNotFound", unitId);
	}
}
