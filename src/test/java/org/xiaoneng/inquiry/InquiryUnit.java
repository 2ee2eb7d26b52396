package org.xiaoneng.inquiry;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

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
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;

/**
 * A unit of its own for one test: 登记注册科 with a window post (the clerk), a handling post (the registration
 * handler) and its head; 食品安全科 with a handling post (the food handler, B: the food backup), an empty post nobody
 * holds, and its head; 办公室 with a supervisor. Each person has an account name of their own.
 */
final class InquiryUnit {

	static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Unit unit;

	final Department office;

	final Department registration;

	final Department food;

	final Post window;

	final Post registrationHandling;

	final Post foodHandling;

	final Post foodInspection;

	final Post emptyPost;

	final StaffMember clerk;

	final StaffMember registrationHandler;

	final StaffMember registrationHead;

	final StaffMember foodHandler;

	final StaffMember foodBackup;

	final StaffMember foodInspector;

	final StaffMember foodHead;

	final StaffMember supervisor;

	final StaffMember principal;

	InquiryUnit(Organization organization, Substitutes substitutes) {
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "首问测试局" + tag, "问" + tag, creditCode()));
		});
		office = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")));
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		food = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "食品安全科")));
		window = post(organization, registration, "登记窗口岗", PostKind.WINDOW);
		registrationHandling = post(organization, registration, "登记经办岗", PostKind.HANDLING);
		foodHandling = post(organization, food, "食品经办岗", PostKind.HANDLING);
		foodInspection = post(organization, food, "食品检查岗", PostKind.HANDLING);
		emptyPost = post(organization, food, "食品抽检岗", PostKind.HANDLING);
		principal = join(organization, "p", office);
		supervisor = join(organization, "s", office);
		clerk = join(organization, "c", registration);
		registrationHandler = join(organization, "r", registration);
		registrationHead = join(organization, "rh", registration);
		foodHandler = join(organization, "f", food);
		foodBackup = join(organization, "fb", food);
		foodInspector = join(organization, "fi", food);
		foodHead = join(organization, "fh", food);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(registrationHead.id()));
			organization.appointDepartmentHead(new DepartmentId(food.id()), new StaffId(foodHead.id()));
			organization.assignPost(new StaffId(clerk.id()), new PostId(window.id()));
			organization.assignPost(new StaffId(registrationHandler.id()), new PostId(registrationHandling.id()));
			organization.assignPost(new StaffId(foodHandler.id()), new PostId(foodHandling.id()));
			organization.assignPost(new StaffId(foodInspector.id()), new PostId(foodInspection.id()));
			return null;
		});
		as("fh", "DEPT_HEAD", () -> substitutes.assignSubstitute(new PostId(foodHandling.id()), foodBackup.id(), null));
	}

	/** The food handler is away on approved leave for the whole day of the instant; the food backup acts for them. */
	void foodHandlerOnLeave(Substitutes substitutes, Instant during) {
		LocalDate day = during.atZone(ZONE).toLocalDate();
		as("fh", "DEPT_HEAD", () -> substitutes.registerAbsence(new NewAbsence(foodHandler.id(), AbsenceKind.LEAVE,
				day.atStartOfDay(ZONE).toInstant(), day.plusDays(1).atStartOfDay(ZONE).toInstant(), "病假")));
	}

	String username(String who) {
		return who + "-q" + tag;
	}

	/** Runs the action signed in as one of this unit's people with the role, e.g. {@code c} for the clerk. */
	<T> T as(String who, String role, Supplier<T> action) {
		return runAs(username(who), action, "ROLE_" + role);
	}

	static <T> T asAdmin(Supplier<T> action) {
		return runAs("inquiry-admin", action, "ROLE_ADMIN");
	}

	static Instant at(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(ZONE).toInstant();
	}

	/** A phone consultation as the clerk types it. */
	NewInquiry consultation(String subject) {
		return new NewInquiry(InquiryChannel.PHONE, null, "张三", null, "13800138000", null,
				InquiryCategory.CONSULTATION, subject, null, List.of(), null, null, null, null, null);
	}

	/** A service item of 登记注册科 in force: drafted by its handler, published by its head. */
	ServiceItem publishedItem(ServiceCatalog catalog, String name) {
		ItemDraft draft = new ItemDraft(name, "000127020000", "Q-" + tag + "-" + name.hashCode(),
				ItemType.ADMINISTRATIVE_LICENSE, unit.id(), registration.id(), List.of(registrationHandling.id()),
				List.of(new LegalBasis("中华人民共和国市场主体登记管理条例", "第二十一条")), "依法设立",
				new TimeLimit(15, LimitUnit.WORKING_DAYS, "自受理之日起"), TimeLimit.workingDays(5), CaseKind.PROMISED,
				List.of(new ProcedureStep(1, "受理", window.id(), 1), new ProcedureStep(2, "审查", registrationHandling.id(), 4)),
				List.of(), List.of(new Material(0, "登记申请书", "申请人自备", 1, 0, "A4", true, "", true, "", false, false)),
				List.of(), "政务服务中心一楼", "工作日 9:00—17:00", "0851-86210000", "12345", 1, true,
				RefusalAuthority.DEPARTMENT_HEAD, 5, "不得吃拿卡要", List.of());
		ServiceItem item = as("r", "HANDLER", () -> catalog.createDraft(draft));
		as("r", "HANDLER", () -> catalog.submitForReview(item.id(), 1));
		return as("rh", "DEPT_HEAD", () -> catalog.publish(item.id(), 1, null));
	}

	private static Post post(Organization organization, Department department, String name, PostKind kind) {
		return asAdmin(() -> organization.createPost(new NewPost(department.id(), name, kind, name, List.of())));
	}

	private StaffMember join(Organization organization, String who, Department department) {
		return asAdmin(() -> organization.join(new NewStaff("q" + who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("首问" + who, Gender.MALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}
}
