package org.xiaoneng.organization;

import java.time.LocalDate;

/**
 * A staff member joined a department. A badge (持证上岗) is due for new staff, and for secondees only when the
 * secondment is longer than six months: listeners read {@code employment} and the secondment dates for that.
 *
 * @param staffId the staff member
 * @param staffNumber their staff number
 * @param unitId their unit
 * @param departmentId their department
 * @param employment 在编, 借调 or 临聘
 * @param secondedFrom the first day of a secondment, or {@code null}
 * @param secondedUntil the last day of a secondment, or {@code null}
 * @param joinedOn the day they joined
 */
public record StaffJoined(long staffId, String staffNumber, long unitId, long departmentId, Employment employment,
		LocalDate secondedFrom, LocalDate secondedUntil, LocalDate joinedOn) {
}
