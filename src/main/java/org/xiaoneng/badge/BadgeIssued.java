package org.xiaoneng.badge;

import java.time.LocalDate;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/**
 * A duty badge was issued: its holder may wear it on duty until {@code validUntil}. A check of window posts without a
 * valid badge clears the holder.
 *
 * @param badgeId the badge
 * @param number its printed number
 * @param staffId its holder
 * @param unitId the holder's unit
 * @param departmentId the holder's department
 * @param reason why it was issued
 * @param validUntil its last valid day
 */
public record BadgeIssued(BadgeId badgeId, String number, StaffId staffId, UnitId unitId, DepartmentId departmentId,
		IssueReason reason, LocalDate validUntil) {
}
