package org.xiaoneng.e2e;

import static org.xiaoneng.e2e.StaffBrowsers.as;
import static org.xiaoneng.testing.TestData.creditCode;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

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
import org.xiaoneng.common.DepartmentId;
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
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.security.Role;

/**
 * A unit of its own for a browser test that needs real cases: a registration department (登记注册科) with a window
 * clerk ({@code c}), a head ({@code h}) and a handler ({@code a}) on their posts, and one item of 5 promised working
 * days published; cases are received at its window and accepted at once through casework's facade, so that the other
 * modules hear of them as they would of any case. People are named by the test's {@code username} function.
 *
 * @param unit the unit
 * @param registration its department
 * @param item the published item
 */
record CaseOffice(Unit unit, Department registration, ServiceItem item, Cases cases,
		UnaryOperator<String> username) {

	/** Sets up the unit in region 520999 (示范县), its people and its item. */
	static CaseOffice open(Organization organization, ServiceCatalog catalog, Cases cases, String unitName,
			String shortName, UnaryOperator<String> username, String handlerMobile) {
		Unit unit = as("e2e-admin", Role.ADMIN, () -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", unitName, shortName, creditCode()));
		});
		Department registration = as("e2e-admin", Role.ADMIN,
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		Post window = post(organization, registration, "窗口岗", PostKind.WINDOW);
		Post handling = post(organization, registration, "经办岗", PostKind.HANDLING);
		long clerk = join(organization, registration, username.apply("c"), "窗口员", null);
		long head = join(organization, registration, username.apply("h"), "科长员", null);
		long handler = join(organization, registration, username.apply("a"), "经办员", handlerMobile);
		as("e2e-admin", Role.ADMIN, () -> {
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head));
			organization.assignPost(new StaffId(clerk), new PostId(window.id()));
			organization.assignPost(new StaffId(handler), new PostId(handling.id()));
			return null;
		});
		ItemDraft draft = new ItemDraft("食品经营许可" + shortName, "000123", "V-" + shortName,
				ItemType.ADMINISTRATIVE_LICENSE, unit.id(), registration.id(), List.of(handling.id()),
				List.of(new LegalBasis("中华人民共和国食品安全法", "第三十五条")), "条件",
				new TimeLimit(20, LimitUnit.WORKING_DAYS, null), new TimeLimit(5, LimitUnit.WORKING_DAYS, null),
				CaseKind.PROMISED, List.of(new ProcedureStep(1, "承办", handling.id(), 5)), List.of(),
				List.of(new Material(0, "食品经营许可申请书", "申请人", 1, 0, "A4", true, null, true, null, false, false)),
				List.of(), "政务大厅", "工作日", "0851-12345678", "0851-12345679", 1, true, RefusalAuthority.DEPARTMENT_HEAD,
				3, "", List.of());
		ServiceItem drafted = as(username.apply("a"), Role.HANDLER, () -> catalog.createDraft(draft));
		as(username.apply("a"), Role.HANDLER, () -> catalog.submitForReview(drafted.id(), 1));
		ServiceItem item = as(username.apply("h"), Role.DEPT_HEAD, () -> catalog.publish(drafted.id(), 1, null));
		return new CaseOffice(unit, registration, item, cases, username);
	}

	/** A case received at the window and accepted at once; returns its id. */
	long acceptedCase() {
		NewSubmission submission = new NewSubmission(item.id(), SubmissionChannel.WINDOW,
				new ApplicantDetails(ApplicantKind.PERSON, "张三丰", null, IdType.RESIDENT_ID, "11010519491231002X",
						"13800138000", null, "示范县人民路1号", null, null, null, null),
				List.of(new ReceivedMaterial(1, null, true, 1, 2)), DeliveryMethod.PICKUP);
		long id = as(username.apply("c"), Role.WINDOW_CLERK, () -> cases.submit(submission, null)).id();
		as(username.apply("c"), Role.WINDOW_CLERK, () -> cases.accept(id));
		return id;
	}

	private static Post post(Organization organization, Department department, String name, PostKind kind) {
		return as("e2e-admin", Role.ADMIN,
				() -> organization.createPost(new NewPost(department.id(), name, kind, name, List.of())));
	}

	private static long join(Organization organization, Department department, String username, String name,
			String mobile) {
		return as("e2e-admin", Role.ADMIN, () -> organization.join(new NewStaff("k" + username, department.id(),
				LocalDate.of(2020, 1, 1), new StaffParticulars(name, Gender.FEMALE, mobile, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username)))).id();
	}
}
