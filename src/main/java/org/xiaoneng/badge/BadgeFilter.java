package org.xiaoneng.badge;

/**
 * What the register lists; {@code null} leaves a field open.
 *
 * @param status the status today
 * @param unitId the unit it was issued for
 * @param departmentId the department it was issued for
 * @param text part of the holder's name or of the number
 */
public record BadgeFilter(BadgeStatus status, Long unitId, Long departmentId, String text) {

	public static final BadgeFilter ALL = new BadgeFilter(null, null, null, null);
}
