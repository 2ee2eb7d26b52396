package org.xiaoneng.badge;

import java.time.LocalDate;

/**
 * What the public verification page shows of a badge: who wears it, where they work, whom to call, and whether it is
 * valid today. No staff id, phone or other personal data beyond what the card itself prints.
 *
 * @param number the printed number
 * @param name the holder's name
 * @param photo the photo, or {@code null}
 * @param unitId the unit (for the links to rate or complain about the holder)
 * @param unitName the unit
 * @param departmentName the department
 * @param post the post, or {@code null}
 * @param position the position (职务), or {@code null}
 * @param status its status today
 * @param validUntil its last valid day
 * @param supervisionPhone the unit's supervision phone
 */
public record PublicBadge(String number, String name, BadgePhoto photo, long unitId, String unitName,
		String departmentName, String post, String position, BadgeStatus status, LocalDate validUntil,
		String supervisionPhone) {
}
