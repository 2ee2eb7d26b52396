package org.xiaoneng.refusal;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

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
import org.xiaoneng.organization.ReviewBodies;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;

/**
 * A unit of its own for one test: 登记注册科 with a window clerk, two handlers on its handling post, its head (on the
 * leading post), the deputy overseeing it, the principal leader and a second deputy who acts for the first. Each has an account name
 * of its own and the role they play, so tests act as them.
 */
public final class RefusalUnit {

	public final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	public final Unit unit;

	public final Department registration;

	public final Post window;

	public final Post handling;

	public final Post lead;

	public final StaffMember principal;

	public final StaffMember deputy;

	public final StaffMember otherDeputy;

	public final StaffMember head;

	public final StaffMember handler;

	public final StaffMember colleague;

	public final StaffMember clerk;

	/** Where this unit's decisions are reviewed and litigated, or {@code null} when it has not recorded them. */
	public final ReviewBodies reviewBodies;

	public RefusalUnit(Organization organization) {
		this(organization, true);
	}

	/** A unit that has recorded its review bodies, or (with {@code false}) one that has not. */
	public RefusalUnit(Organization organization, boolean withReviewBodies) {
		Unit created = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "否定测试局" + tag, "否" + tag, creditCode()));
		});
		reviewBodies = withReviewBodies ? new ReviewBodies("测试县" + tag + "人民政府", "测试县" + tag + "人民法院") : null;
		unit = reviewBodies == null ? created
				: asAdmin(() -> organization.recordReviewBodies(new UnitId(created.id()), reviewBodies));
		Department office = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")));
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		window = asAdmin(() -> organization.createPost(new NewPost(registration.id(), "登记窗口岗", PostKind.WINDOW,
				"窗口受理", List.of())));
		handling = asAdmin(() -> organization.createPost(new NewPost(registration.id(), "登记经办岗",
				PostKind.HANDLING, "审核", List.of())));
		lead = asAdmin(() -> organization.createPost(new NewPost(registration.id(), "登记注册科负责人",
				PostKind.LEADING, "主持工作", List.of())));
		principal = join(organization, "p", "局长", office);
		deputy = join(organization, "d", "副局长", office);
		otherDeputy = join(organization, "o", "副局长", office);
		head = join(organization, "h", "科长", registration);
		handler = join(organization, "a", "经办甲", registration);
		colleague = join(organization, "b", "经办乙", registration);
		clerk = join(organization, "c", "窗口", registration);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()), Set.of(new DepartmentId(registration.id())));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(otherDeputy.id()), Set.of(new DepartmentId(office.id())));
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			organization.assignPost(new StaffId(handler.id()), new PostId(handling.id()));
			organization.assignPost(new StaffId(colleague.id()), new PostId(handling.id()));
			organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
			organization.assignPost(new StaffId(head.id()), new PostId(lead.id()));
			return null;
		});
	}

	public String username(String who) {
		return "ref-" + who + "-" + tag;
	}

	/**
	 * Runs the action signed in as one of this unit's people with their role: a, b (handlers), c (window clerk), h
	 * (head), d (deputy), o (other deputy), p (principal).
	 */
	public <T> T as(String who, Supplier<T> action) {
		String role = switch (who) {
			case "h" -> "ROLE_DEPT_HEAD";
			case "d", "o", "p" -> "ROLE_LEADER";
			case "c" -> "ROLE_WINDOW_CLERK";
			default -> "ROLE_HANDLER";
		};
		return runAs(username(who), action, role);
	}

	void as(String who, Runnable action) {
		as(who, () -> {
			action.run();
			return null;
		});
	}

	static <T> T asAdmin(Supplier<T> action) {
		return runAs("refusal-admin", action, "ROLE_ADMIN");
	}

	static <T> T asSupervisor(Supplier<T> action) {
		return runAs("refusal-supervisor", action, "ROLE_SUPERVISOR");
	}

	private StaffMember join(Organization organization, String who, String name, Department department) {
		return asAdmin(() -> organization.join(new NewStaff("rf" + who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars(name + tag, Gender.MALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}
}
