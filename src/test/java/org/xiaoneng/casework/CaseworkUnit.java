package org.xiaoneng.casework;

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

import org.xiaoneng.catalog.ServiceItem;
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
import org.xiaoneng.substitution.Substitutes;

/**
 * A unit of its own for one test: 登记注册科 with a window post (clerk), a handling post (handler, B: backup) and its
 * head; 审核科 with a review post (reviewer); a deputy overseeing both and a principal leader; and a published item
 * whose procedure runs 承办 (登记注册科) → 审核 (审核科) → 决定 (登记注册科 head).
 */
public final class CaseworkUnit {

	static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	/** A valid resident ID (check character X) and one with a wrong check character. */
	public static final String RESIDENT_ID = "11010519491231002X";

	static final String WRONG_CHECK = "110105194912310021";

	static final String PHONE = "13800138000";

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Unit unit;

	final Department registration;

	final Department review;

	final Post window;

	final Post handling;

	final Post reviewing;

	final Post lead;

	final StaffMember principal;

	final StaffMember deputy;

	final StaffMember head;

	final StaffMember clerk;

	final StaffMember handler;

	final StaffMember backup;

	final StaffMember reviewer;

	final ServiceItem item;

	public CaseworkUnit(Organization organization, Substitutes substitutes, CatalogFixture catalog) {
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "办件测试局" + tag, "测" + tag, creditCode()));
		});
		Department office = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")));
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		review = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "审核科")));
		window = post(organization, registration, "窗口岗", PostKind.WINDOW);
		handling = post(organization, registration, "经办岗", PostKind.HANDLING);
		lead = post(organization, registration, "登记注册科负责人", PostKind.LEADING);
		reviewing = post(organization, review, "审核岗", PostKind.HANDLING);
		principal = join(organization, "p", office);
		deputy = join(organization, "d", office);
		head = join(organization, "h", registration);
		clerk = join(organization, "c", registration);
		handler = join(organization, "a", registration);
		backup = join(organization, "b", registration);
		reviewer = join(organization, "r", review);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()), Set.of(new DepartmentId(registration.id()), new DepartmentId(review.id())));
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
			organization.assignPost(new StaffId(handler.id()), new PostId(handling.id()));
			organization.assignPost(new StaffId(backup.id()), new PostId(window.id()));
			organization.assignPost(new StaffId(reviewer.id()), new PostId(reviewing.id()));
			organization.assignPost(new StaffId(head.id()), new PostId(lead.id()));
			return null;
		});
		as("h", () -> substitutes.assignSubstitute(new PostId(handling.id()), backup.id(), null));
		item = catalog.publish(this);
	}

	public String username(String who) {
		return who + "-w" + tag;
	}

	/** Runs the action signed in as one of this unit's people, e.g. {@code a} for the handler. */
	<T> T as(String who, Supplier<T> action) {
		return runAs(username(who), action, "ROLE_HANDLER");
	}

	public <T> T as(String who, String role, Supplier<T> action) {
		return runAs(username(who), action, role);
	}

	void as(String who, Runnable action) {
		as(who, () -> {
			action.run();
			return null;
		});
	}

	static <T> T asAdmin(Supplier<T> action) {
		return runAs("casework-admin", action, "ROLE_ADMIN");
	}

	/** A submission by a person with all three of the item's materials but the second. */
	public NewSubmission submission(String idNumber) {
		return new NewSubmission(item.id(), SubmissionChannel.WINDOW,
				new ApplicantDetails(ApplicantKind.PERSON, "张三丰", null, IdType.RESIDENT_ID, idNumber, PHONE, null,
						"示范县人民路1号", null, null, null, null),
				List.of(new ReceivedMaterial(1, null, true, 1, 2), new ReceivedMaterial(3, null, false, 1, 5)),
				DeliveryMethod.PICKUP);
	}

	/** A case of this unit submitted and accepted at the window, taken through its three steps and completed. */
	public CaseFile completedCase(Cases cases) {
		long id = as("c", () -> cases.submit(submission(RESIDENT_ID), null)).id();
		as("c", () -> cases.accept(id));
		as("a", () -> cases.completeStep(id, 1, "同意"));
		as("r", () -> cases.completeStep(id, 2, "同意"));
		as("h", () -> cases.completeStep(id, 3, "准予"));
		as("h", () -> cases.complete(id, "许可证", "X" + tag));
		return cases.caseFile(id);
	}

	public static Instant at(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(ZONE).toInstant();
	}

	private static Post post(Organization organization, Department department, String name, PostKind kind) {
		return asAdmin(() -> organization.createPost(new NewPost(department.id(), name, kind, name, List.of())));
	}

	private StaffMember join(Organization organization, String who, Department department) {
		return asAdmin(() -> organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("办件" + who, Gender.FEMALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}
}
