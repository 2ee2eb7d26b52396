package org.xiaoneng.supervision;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.casework.ApplicantDetails;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.IdType;
import org.xiaoneng.casework.NewSubmission;
import org.xiaoneng.casework.ReceivedMaterial;
import org.xiaoneng.casework.SubmissionChannel;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.ItemDraft;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcedureStep;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TimeLimit;
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
 * A unit of its own for one test: 登记注册科 with a window clerk, a handler (with a mobile number, for the text
 * messages) and a colleague, its head, an overseeing deputy and a principal leader, and a published item of 5
 * promised working days in one step (of 5 working days unless the test gives it fewer).
 */
final class SupervisedUnit {

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Unit unit;

	final Department registration;

	final StaffMember principal;

	final StaffMember deputy;

	final StaffMember head;

	final StaffMember clerk;

	final StaffMember handler;

	final StaffMember colleague;

	final ServiceItem item;

	SupervisedUnit(Organization organization, ServiceCatalog catalog) {
		this(organization, catalog, 5);
	}

	/** The unit with its one step's own budget shorter than the item's 5 promised working days. */
	SupervisedUnit(Organization organization, ServiceCatalog catalog, int stepBudget) {
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "监察测试局" + tag, "监" + tag, creditCode()));
		});
		Department office = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")));
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		Post window = post(organization, "窗口岗", PostKind.WINDOW);
		Post handling = post(organization, "经办岗", PostKind.HANDLING);
		principal = join(organization, "p", office, null);
		deputy = join(organization, "d", office, null);
		head = join(organization, "h", registration, null);
		clerk = join(organization, "c", registration, null);
		handler = join(organization, "a", registration, "13900139000");
		colleague = join(organization, "b", registration, null);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()), Set.of(new DepartmentId(registration.id())));
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
			organization.assignPost(new StaffId(handler.id()), new PostId(handling.id()));
			organization.assignPost(new StaffId(colleague.id()), new PostId(window.id()));
			return null;
		});
		ItemDraft draft = new ItemDraft("食品经营许可" + tag, "000123", "S-" + tag, ItemType.ADMINISTRATIVE_LICENSE,
				unit.id(), registration.id(), List.of(handling.id()), List.of(new LegalBasis("中华人民共和国食品安全法", "第三十五条")),
				"条件", new TimeLimit(20, LimitUnit.WORKING_DAYS, null), new TimeLimit(5, LimitUnit.WORKING_DAYS, null),
				CaseKind.PROMISED, List.of(new ProcedureStep(1, "承办", handling.id(), stepBudget)), List.of(),
				List.of(new Material(0, "食品经营许可申请书", "申请人", 1, 0, "A4", true, null, true, null, false, false)),
				List.of(), "政务大厅", "工作日", "0851-12345678", "0851-12345679", 1, true, RefusalAuthority.DEPARTMENT_HEAD,
				3, "", List.of());
		ServiceItem drafted = as("a", "ROLE_HANDLER", () -> catalog.createDraft(draft));
		as("a", "ROLE_HANDLER", () -> catalog.submitForReview(drafted.id(), 1));
		item = as("h", "ROLE_DEPT_HEAD", () -> catalog.publish(drafted.id(), 1, null));
	}

	/** A case received at the window and accepted at once. */
	long acceptedCase(Cases cases) {
		long id = as("c", "ROLE_WINDOW_CLERK", () -> cases.submit(submission(), null)).id();
		as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(id));
		return id;
	}

	/** A submission of the item at the window with its one material. */
	NewSubmission submission() {
		return new NewSubmission(item.id(), SubmissionChannel.WINDOW,
				new ApplicantDetails(ApplicantKind.PERSON, "张三丰", null, IdType.RESIDENT_ID, "11010519491231002X",
						"13800138000", null, "示范县人民路1号", null, null, null, null),
				List.of(new ReceivedMaterial(1, null, true, 1, 2)), DeliveryMethod.PICKUP);
	}

	String username(String who) {
		return who + "-s" + tag;
	}

	<T> T as(String who, String role, Supplier<T> action) {
		return runAs(username(who), action, role);
	}

	static <T> T asSupervisor(Supplier<T> action) {
		return runAs("supervision-supervisor", action, "ROLE_SUPERVISOR");
	}

	static <T> T asAdmin(Supplier<T> action) {
		return runAs("supervision-admin", action, "ROLE_ADMIN");
	}

	/** The instant of the day of March 2026 at the hour, in the business zone. */
	static Instant march(int day, int hour) {
		return LocalDateTime.of(2026, 3, day, hour, 0).atZone(Clocks.BUSINESS_ZONE).toInstant();
	}

	static LocalDate marchDay(int day) {
		return LocalDate.of(2026, 3, day);
	}

	private Post post(Organization organization, String name, PostKind kind) {
		return asAdmin(() -> organization.createPost(new NewPost(registration.id(), name, kind, name, List.of())));
	}

	private StaffMember join(Organization organization, String who, Department department, String phone) {
		return asAdmin(() -> organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("监察" + who, Gender.FEMALE, phone, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}
}
