package org.xiaoneng.badge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A badge as the register shows it.
 *
 * @param id the badge
 * @param number its printed number
 * @param staffId its holder
 * @param unitId the unit it was issued for
 * @param departmentId the department it was issued for
 * @param name the holder's name as printed
 * @param unitName the unit as printed
 * @param departmentName the department as printed
 * @param post the post as printed, or {@code null}
 * @param position the position (职务) as printed, or {@code null}
 * @param politicalStatus the political status as printed (the organisation's {@code PoliticalStatus} name)
 * @param reason why it was issued
 * @param issuedOn the day of issue
 * @param validUntil its last valid day
 * @param status its status today (expired when past its last day)
 * @param endedOn the day it was taken back or reported lost, or {@code null}
 * @param replacedBy the badge that replaced it, or {@code null}
 * @param hasPhoto whether a photo is on record
 */
public record BadgeView(BadgeId id, String number, long staffId, long unitId, long departmentId, String name,
		String unitName, String departmentName, String post, String position, String politicalStatus,
		IssueReason reason, LocalDate issuedOn, LocalDate validUntil, BadgeStatus status, LocalDate endedOn,
		Long replacedBy, boolean hasPhoto) {

	/**
	 * One entry of a badge's history.
	 *
	 * @param action ISSUED, REVOKED, LOST, RETURNED or PHOTO
	 * @param note what the office noted, or {@code null}
	 * @param by who did it ({@code system} for what the organisation's events caused)
	 * @param at when
	 */
	public record Event(String action, String note, String by, Instant at) {
	}

	/**
	 * A badge with its history and the other badges its holder held.
	 *
	 * @param badge the badge
	 * @param history what happened to it, oldest first
	 * @param holderBadges every badge of its holder, newest first (this one included)
	 */
	public record Details(BadgeView badge, List<Event> history, List<BadgeView> holderBadges) {
	}
}
