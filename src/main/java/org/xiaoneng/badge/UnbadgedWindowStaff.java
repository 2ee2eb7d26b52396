package org.xiaoneng.badge;

/**
 * A staff member on a window post (窗口岗) who wears no valid badge: rule 九.一 says a post serving the public is
 * worked with a badge.
 *
 * @param staffId the staff member
 * @param name their name
 * @param unitId their unit
 * @param departmentId their department
 * @param postName the window post they hold
 * @param lastStatus the status today of their latest badge, or {@code null} when they never had one
 * @param lastNumber the number of their latest badge, or {@code null}
 */
public record UnbadgedWindowStaff(long staffId, String name, long unitId, long departmentId, String postName,
		BadgeStatus lastStatus, String lastNumber) {
}
