package org.xiaoneng.organization.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;

/**
 * What the organisation's page forms post.
 */
final class OrganizationForms {

	private OrganizationForms() {
	}

	/**
	 * A message for the next page after a redirect: a key of the bundles and its arguments as text. Serializable,
	 * because flash attributes live in the session, which is stored in the database.
	 */
	record PageMessage(String key, String[] arguments) implements Serializable {

		static PageMessage of(String key, Object... arguments) {
			return new PageMessage(key, Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
		}
	}

	record UnitForm(@NotBlank @Pattern(regexp = "[0-9]{6}") String regionCode, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 20) String shortName, @NotBlank String creditCode) {
	}

	record ReviewBodiesForm(@NotBlank @Size(max = 100) String reconsiderationBody,
			@NotBlank @Size(max = 100) String litigationCourt) {
	}

	record DepartmentForm(@NotNull Long unitId, Long parentId, @NotBlank @Size(max = 100) String name) {
	}

	record PostForm(@NotNull Long departmentId, @NotBlank @Size(max = 100) String name, @NotNull PostKind kind,
			@Size(max = 4000) String duties, @Size(max = 500) String categories) {

		NewPost toNewPost() {
			List<String> codes = categories == null ? List.of()
					: Arrays.stream(categories.split("[,，\\s]+")).filter(code -> !code.isBlank()).toList();
			return new NewPost(departmentId, name, kind, duties, codes);
		}
	}

	/** Joining (with staff number, department and date) or editing (without them) a staff member. */
	record StaffForm(@Pattern(regexp = "[A-Za-z0-9-]{0,20}") String staffNumber, Long departmentId,
			@DateTimeFormat(iso = ISO.DATE) LocalDate joinedOn, @NotBlank @Size(max = 50) String name,
			@NotNull Gender gender, @Size(max = 20) String phone, @Size(max = 50) String position,
			@NotNull PoliticalStatus politicalStatus, @NotNull Employment employment,
			@DateTimeFormat(iso = ISO.DATE) LocalDate secondedFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate secondedUntil,
			@Pattern(regexp = "([a-z0-9][a-z0-9._-]{1,49})?") String username) {

		static StaffForm blank(LocalDate today) {
			return new StaffForm("", null, today, "", Gender.MALE, "", "", PoliticalStatus.MASSES,
					Employment.ESTABLISHED, null, null, "");
		}

		static StaffForm of(StaffMember member, String phone) {
			return new StaffForm(member.staffNumber(), member.departmentId(), member.joinedOn(), member.name(),
					member.gender(), phone, member.position(), member.politicalStatus(), member.employment(),
					member.secondedFrom(), member.secondedUntil(), member.username());
		}

		StaffParticulars particulars() {
			return new StaffParticulars(name, gender, phone, position, politicalStatus, employment, secondedFrom,
					secondedUntil, username);
		}
	}
}
