package org.xiaoneng.supervision.cockpit;

import org.xiaoneng.common.RuleViolationException;

/** A ranking is of one unit's departments: the region as a whole has none to rank. */
class UnitRequiredException extends RuleViolationException {

	UnitRequiredException() {
		super(Kind.INVALID_INPUT, "supervision.cockpit.error.unitRequired");
	}
}
