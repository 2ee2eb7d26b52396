package org.xiaoneng.accountability;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.Verification;
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

/**
 * A unit of its own for one test: 登记注册科 with a window clerk, a handler (the usual subject) and a colleague, its
 * head, an overseeing deputy and a principal leader in the 办公室.
 */
final class AccountableUnit {

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Unit unit;

	final Department office;

	final Department registration;

	final StaffMember principal;

	final StaffMember deputy;

	final StaffMember head;

	final StaffMember clerk;

	final StaffMember handler;

	final StaffMember colleague;

	AccountableUnit(Organization organization) {
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "问责测试局" + tag, "问" + tag, creditCode()));
		});
		office = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")));
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		principal = join(organization, "p", office);
		deputy = join(organization, "d", office);
		head = join(organization, "h", registration);
		clerk = join(organization, "c", registration);
		handler = join(organization, "a", registration);
		colleague = join(organization, "b", registration);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()), Set.of(new DepartmentId(registration.id())));
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			return null;
		});
	}

	/**
	 * A complaint about the handler citing 十不准's sixth item (办事拖拉), registered at the window and found
	 * substantiated by a supervisor.
	 */
	RegisterEntry substantiatedComplaint(InquiryRegister register, String complainant, String phone, String content) {
		RegisterEntry complaint = as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.VISIT,
				null, complainant, complainant + "所在公司", phone, complainant + "家住人民路", InquiryCategory.COMPLAINT,
				"窗口推诿" + tag, content, List.of(), null, unit.id(), registration.id(), handler.id(), null, "SBZ-6"),
				null));
		asSupervisor(() -> register.verify(new InquiryId(complaint.id()), Verification.SUBSTANTIATED, "调取监控属实。", "经核实，反映属实。"));
		return complaint;
	}

	String username(String who) {
		return who + "-q" + tag;
	}

	<T> T as(String who, String role, Supplier<T> action) {
		return runAs(username(who), action, "ROLE_" + role);
	}

	static <T> T asSupervisor(Supplier<T> action) {
		return runAs("accountability-supervisor", action, "ROLE_SUPERVISOR");
	}

	static <T> T asAdmin(Supplier<T> action) {
		return runAs("accountability-admin", action, "ROLE_ADMIN");
	}

	private StaffMember join(Organization organization, String who, Department department) {
		return asAdmin(() -> organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("问责" + who, Gender.FEMALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username(who)))));
	}
}
