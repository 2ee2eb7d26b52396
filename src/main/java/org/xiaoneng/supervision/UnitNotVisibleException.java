package org.xiaoneng.supervision;

import org.xiaoneng.common.RuleViolationException;

/** A unit's rule settings are read by supervisors and by the unit's own leaders only. */
class UnitNotVisibleException extends RuleViolationException {

	UnitNotVisibleException(long unitId) {
		super(Kind.NOT_FOUND, "supervision.error.unitNotFound", unitId);
	}
}
