package org.xiaoneng.substitution;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;

/**
 * A unit of its own for one test: 登记注册科 with a window post held by the clerk (B: the backup) and a handling post
 * held by the backup (B: the clerk), its head, the deputy overseeing it, the principal leader, and a third person
 * who can be designated. Each has an account name of its own, so tests act as them.
 */
final class SubstitutionUnit {

	static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Unit unit;

	final Department registration;

	final Post window;

	final Post handling;

	final Post lead;

	final StaffMember principal;

	final StaffMember deputy;

	final StaffMember head;

	final StaffMember clerk;

	final StaffMember backup;

	final StaffMember third;

	SubstitutionUnit(Organization organization, Substitutes substitutes) {
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "替岗测试局" + tag, "替" + tag, creditCode()));
		});
		Department office = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")));
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		window = asAdmin(() -> organization.createPost(new NewPost(registration.id(), "登记窗口岗", PostKind.WINDOW,
				"窗口受理", List.of())));
		handling = asAdmin(() -> organization.createPost(new NewPost(registration.id(), "登记经办岗",
				PostKind.HANDLING, "审核", List.of())));
		lead = asAdmin(() -> organization.createPost(new NewPost(registration.id(), "登记注册科负责人",
				PostKind.LEADING, "主持工作", List.of())));
		principal = join(organization, "p", office);
		deputy = join(organization, "d", office);
		head = join(organization, "h", registration);
		clerk = join(organization, "c", registration);
		backup = join(organization, "b", registration);
		third = join(organization, "t", registration);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()), Set.of(new DepartmentId(registration.id())));
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
			organization.assignPost(new StaffId(backup.id()), new PostId(handling.id()));
			organization.assignPost(new StaffId(head.id()), new PostId(lead.id()));
			return null;
		});
		as("h", () -> {
			substitutes.assignSubstitute(new PostId(window.id()), backup.id(), null);
			substitutes.assignSubstitute(new PostId(handling.id()), clerk.id(), null);
			return null;
		});
	}

	String username(String who) {
		return who + "-s" + tag;
	}

	/** Runs the action signed in as one of this unit's people, e.g. {@code c} for the clerk. */
	<T> T as(String who, Supplier<T> action) {
		return runAs(username(who), action, "ROLE_HANDLER");
	}

	static <T> T asAdmin(Supplier<T> action) {
		return runAs("substitution-admin", action, "ROLE_ADMIN");
	}

	static Instant at(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(ZONE).toInstant();
	}

	private StaffMember join(Organization organization, String who, Department department) {
		return asAdmin(() -> organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("替岗" + who, Gender.MALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}
}
