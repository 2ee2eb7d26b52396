package org.xiaoneng.supervision.cockpit;

import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;

/**
 * Whose figures a caller sees: a leader their own unit; supervisors and administrators the whole region or any one
 * unit of it. Anyone else sees none, and a unit outside the caller's reach is answered as a missing one.
 *
 * @param unitId the unit, or {@code null} for the whole region
 */
record CockpitScope(Long unitId) {

	static CockpitScope of(Caller caller, Long requestedUnit) {
		if (caller.scope().wholeRegion()) {
			return new CockpitScope(requestedUnit);
		}
		Long own = caller.hasRole("LEADER") ? caller.staff().map(StaffMember::unitId).orElse(null) : null;
		if (own == null) {
			throw new CockpitUnitNotFoundException(requestedUnit == null ? 0 : requestedUnit);
		}
		if (requestedUnit != null && !requestedUnit.equals(own)) {
			throw new CockpitUnitNotFoundException(requestedUnit);
		}
		return new CockpitScope(own);
	}

	boolean region() {
		return unitId == null;
	}
}
