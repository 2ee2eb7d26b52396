package org.xiaoneng.organization;

import java.time.LocalDate;

/**
 * A staff member moved to another department, possibly of another unit; the posts they held in the old department
 * were released. Listeners revoke what was tied to the old post (e.g. a duty badge).
 *
 * @param staffId the staff member
 * @param staffNumber their staff number
 * @param fromUnitId the unit they left
 * @param fromDepartmentId the department they left
 * @param toUnitId the unit they joined
 * @param toDepartmentId the department they joined
 * @param transferredOn the day of the transfer
 */
public record StaffTransferred(long staffId, String staffNumber, long fromUnitId, long fromDepartmentId,
		long toUnitId, long toDepartmentId, LocalDate transferredOn) {
}
