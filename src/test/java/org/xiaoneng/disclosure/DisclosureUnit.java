package org.xiaoneng.disclosure;

import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.testing.TestData;

/** A unit of its own with two disclosure editors in its office, so that one drafts and the other reviews. */
public final class DisclosureUnit {

	public final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	public final Unit unit;

	public final Department office;

	public final StaffMember editor;

	public final StaffMember reviewer;

	public DisclosureUnit(Organization organization) {
		unit = runAs("disclosure-admin", () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "公开局" + tag, "公" + tag, TestData.creditCode()));
		}, "ROLE_ADMIN");
		office = runAs("disclosure-admin",
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")), "ROLE_ADMIN");
		editor = join(organization, "编辑甲", "e");
		reviewer = join(organization, "编辑乙", "r");
	}

	/** The editor's or reviewer's username, {@code e} or {@code r}. */
	public String username(String who) {
		return "dx" + who + "-" + tag;
	}

	/** Runs the action as the unit's editor ({@code e}) or second editor ({@code r}). */
	public <T> T as(String who, Supplier<T> action) {
		return runAs(username(who), action, "ROLE_DISCLOSURE_EDITOR");
	}

	private StaffMember join(Organization organization, String name, String who) {
		return runAs("disclosure-admin", () -> organization.join(new NewStaff("d" + who + tag, office.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars(name, Gender.FEMALE, null, "科员",
						PoliticalStatus.MASSES, Employment.ESTABLISHED, null, null, username(who)))),
				"ROLE_ADMIN");
	}
}
