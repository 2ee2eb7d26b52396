package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A staff member as lists and pages show them: the phone number is masked (138****8000).
 *
 * @param id the staff member
 * @param staffNumber the staff number (工号)
 * @param name the name
 * @param gender the gender
 * @param maskedPhone the phone number with its middle digits hidden, or {@code null}
 * @param position the position (职务)
 * @param politicalStatus 政治面貌
 * @param employment 在编, 借调 or 临聘
 * @param secondedFrom the first day of a secondment, or {@code null}
 * @param secondedUntil the last day of a secondment, or {@code null}
 * @param status at work or how they left
 * @param unitId their unit
 * @param departmentId their department
 * @param username their account's sign-in name, or {@code null}
 * @param joinedOn the day they joined
 * @param leftOn the day they left, or {@code null}
 * @param postIds the posts they hold
 * @param hasPhoto whether a photo is on record
 */
public record StaffMember(long id, String staffNumber, String name, Gender gender, String maskedPhone,
		String position, PoliticalStatus politicalStatus, Employment employment, LocalDate secondedFrom,
		LocalDate secondedUntil, StaffStatus status, long unitId, long departmentId, String username,
		LocalDate joinedOn, LocalDate leftOn, List<Long> postIds, boolean hasPhoto) {

	public StaffMember {
		postIds = List.copyOf(postIds);
	}
}
