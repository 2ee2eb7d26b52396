package org.xiaoneng.badge;

import java.time.LocalDate;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/**
 * A duty badge stopped being valid: taken back (已收回) or reported lost (挂失作废). Its holder, if still on a window
 * post, works without a valid badge until a new one is issued.
 *
 * @param badgeId the badge
 * @param number its printed number
 * @param staffId its holder
 * @param unitId the unit it was issued for
 * @param departmentId the department it was issued for
 * @param status {@link BadgeStatus#REVOKED} or {@link BadgeStatus#LOST}
 * @param on the day it stopped being valid
 */
public record BadgeWithdrawn(BadgeId badgeId, String number, StaffId staffId, UnitId unitId,
		DepartmentId departmentId, BadgeStatus status, LocalDate on) {
}
