package org.xiaoneng.organization;

import java.time.LocalDate;

/**
 * A staff member left (调离, 离职 or 退休): their posts and leading roles were released. Listeners revoke their
 * badge and hand their open work over.
 *
 * @param staffId the staff member
 * @param staffNumber their staff number
 * @param unitId the unit they left
 * @param departmentId the department they left
 * @param status how they left
 * @param leftOn the day they left
 */
public record StaffLeft(long staffId, String staffNumber, long unitId, long departmentId, StaffStatus status,
		LocalDate leftOn) {
}
