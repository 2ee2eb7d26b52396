package org.xiaoneng.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator records and edits about a staff member.
 *
 * @param name the name
 * @param gender the gender
 * @param phone the phone number in clear (stored encrypted), or {@code null}
 * @param position the position (职务), e.g. 科长
 * @param politicalStatus 政治面貌
 * @param employment 在编, 借调 or 临聘
 * @param secondedFrom the first day of a secondment, only for 借调
 * @param secondedUntil the last day of a secondment, only for 借调
 * @param username the sign-in name of the staff member's account, or {@code null}
 */
public record StaffParticulars(@NotBlank @Size(max = 50) String name, @NotNull Gender gender,
		@Size(max = 20) String phone, @Size(max = 50) String position, @NotNull PoliticalStatus politicalStatus,
		@NotNull Employment employment, LocalDate secondedFrom, LocalDate secondedUntil,
		@Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,49}") String username) {

	public StaffParticulars {
		name = name == null ? null : name.strip();
		phone = phone == null || phone.isBlank() ? null : phone.strip();
		position = position == null ? "" : position.strip();
		username = username == null || username.isBlank() ? null : username.strip();
	}
}
