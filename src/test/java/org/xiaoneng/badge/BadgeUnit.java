package org.xiaoneng.badge;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
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
 * A unit of its own for one badge test, built through the organisation's facade as an administrator: 登记注册科 with a
 * window post and 执法科; staff join it as the test needs them. Supervision's tests of rule 九 use it too.
 */
public final class BadgeUnit {

	static final String REGION = "520999";

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Organization organization;

	public final Unit unit;

	final Department registration;

	public final Department enforcement;

	final Post window;

	private int joined;

	public BadgeUnit(Organization organization) {
		this.organization = organization;
		unit = admin(() -> {
			organization.defineRegion(REGION, "示范县");
			return organization.createUnit(new NewUnit(REGION, "持证局" + tag, "证" + tag, creditCode()));
		});
		registration = admin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		enforcement = admin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "执法科")));
		window = admin(() -> organization.createPost(new NewPost(registration.id(), "登记窗口", PostKind.WINDOW,
				"受理登记申请", List.of("REG-01"))));
	}

	/** Someone joins 登记注册科 in established employment and takes its window post. */
	public StaffMember windowClerk(String name) {
		StaffMember clerk = join(name, Employment.ESTABLISHED, null, null);
		admin(() -> {
			organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
			return null;
		});
		return organization.staffMember(new StaffId(clerk.id()));
	}

	public StaffMember join(String name, Employment employment, LocalDate from, LocalDate until) {
		return join(name, employment, from, until, null);
	}

	/** Someone who signs in as {@code username}, in established employment in 登记注册科. */
	StaffMember account(String name, String username) {
		return join(name, Employment.ESTABLISHED, null, null, username);
	}

	private StaffMember join(String name, Employment employment, LocalDate from, LocalDate until, String username) {
		String number = "b" + (++joined) + tag;
		return admin(() -> organization.join(new NewStaff(number, registration.id(), LocalDate.of(2026, 1, 5),
				new StaffParticulars(name, Gender.FEMALE, null, "科员", PoliticalStatus.CPC_MEMBER, employment, from,
						until, username))));
	}

	public static <T> T admin(Supplier<T> action) {
		return runAs("badge-admin", action, "ROLE_ADMIN");
	}
}
