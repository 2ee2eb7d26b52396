package org.xiaoneng.organization;

import java.util.Set;

/**
 * Whose work a caller may see (data scope): everything in the region, or the work of the listed units and
 * departments, plus their own work. Every module's query that lists people's work applies it in its data access.
 *
 * @param wholeRegion everything (supervisors and administrators)
 * @param unitIds units whose work is visible as a whole
 * @param departmentIds departments whose work is visible
 * @param ownStaffNumber the caller's own staff number (工号), whose work is always visible, or {@code null}
 */
public record DataScope(boolean wholeRegion, Set<Long> unitIds, Set<Long> departmentIds, String ownStaffNumber) {

	public DataScope {
		unitIds = Set.copyOf(unitIds);
		departmentIds = Set.copyOf(departmentIds);
	}

	/** Everything in the region. */
	public static DataScope wholeRegionScope() {
		return new DataScope(true, Set.of(), Set.of(), null);
	}

	/** Whether work held by this staff member in this unit and department is visible. */
	public boolean includes(String staffNumber, long unitId, long departmentId) {
		return wholeRegion || unitIds.contains(unitId) || departmentIds.contains(departmentId)
				|| (ownStaffNumber != null && ownStaffNumber.equals(staffNumber));
	}

	/** Whether the work of a whole department is visible. */
	public boolean includesDepartment(long unitId, long departmentId) {
		return wholeRegion || unitIds.contains(unitId) || departmentIds.contains(departmentId);
	}
}
