package org.xiaoneng.accountability;

/**
 * Whom a case is about: a staff member, or a department (a source naming no person), or, a source naming neither, the
 * unit until the investigation names someone.
 *
 * @param unitId the unit
 * @param departmentId the department, or {@code null}
 * @param staffId the staff member, or {@code null}
 */
public record Subject(long unitId, Long departmentId, Long staffId) {

	/** Whether it is a person, whose year the decision's effects reach. */
	public boolean person() {
		return staffId != null;
	}

	/** The department for scope checks: none matches no department, so only unit-wide and regional readers see it. */
	long scopeDepartment() {
		return departmentId == null ? 0 : departmentId;
	}
}
