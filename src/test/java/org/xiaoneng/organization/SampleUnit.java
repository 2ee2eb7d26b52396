package org.xiaoneng.organization;

import static org.xiaoneng.testing.TestData.creditCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;

/**
 * A small unit built through the facade for one test, with names that no other test uses: 办公室 and 登记注册科 (with
 * its 窗口组 below it) and 执法科; a principal leader, a deputy overseeing 登记注册科, the head of 登记注册科, a handler
 * and a window clerk there, and a handler in 执法科. Build it as an administrator.
 */
final class SampleUnit {

	static final String REGION = "520999";

	final String tag;

	final Unit unit;

	final Department office;

	final Department registration;

	final Department windowGroup;

	final Department enforcement;

	final Post registrationWindow;

	final Post registrationHandling;

	final StaffMember principal;

	final StaffMember deputy;

	final StaffMember head;

	final StaffMember handler;

	final StaffMember clerk;

	final StaffMember enforcer;

	SampleUnit(Organization organization) {
		tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		organization.defineRegion(REGION, "示范县");
		unit = organization.createUnit(new NewUnit(REGION, "测试局" + tag, "测" + tag, creditCode()));
		office = organization.createDepartment(new NewDepartment(unit.id(), null, "办公室"));
		registration = organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科"));
		windowGroup = organization.createDepartment(new NewDepartment(unit.id(), registration.id(), "窗口组"));
		enforcement = organization.createDepartment(new NewDepartment(unit.id(), null, "执法科"));
		registrationWindow = organization.createPost(new NewPost(registration.id(), "登记窗口", PostKind.WINDOW,
				"受理登记申请", List.of("REG-01")));
		registrationHandling = organization.createPost(new NewPost(registration.id(), "登记经办", PostKind.HANDLING,
				"审核登记申请", List.of("REG-01", "REG-02")));
		principal = join(organization, "p", office, "局长");
		deputy = join(organization, "d", office, "副局长");
		head = join(organization, "h", registration, "科长");
		handler = join(organization, "w", registration, "科员");
		clerk = join(organization, "c", windowGroup, "窗口工作人员");
		enforcer = join(organization, "e", enforcement, "科员");
		organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
		organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()), Set.of(new DepartmentId(registration.id())));
		organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
		organization.assignPost(new StaffId(handler.id()), new PostId(registrationHandling.id()));
		organization.assignPost(new StaffId(clerk.id()), new PostId(registrationWindow.id()));
	}

	/** The account name of one of this unit's staff, e.g. {@code w} for the handler. */
	String username(String who) {
		return who + "-" + tag;
	}

	StaffParticulars particulars(String name, String username) {
		return new StaffParticulars(name, Gender.FEMALE, "13800138000", "科员", PoliticalStatus.MASSES,
				Employment.ESTABLISHED, null, null, username);
	}

	private StaffMember join(Organization organization, String who, Department department, String position) {
		return organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("员工" + who, Gender.MALE, "13900139000", position, PoliticalStatus.CPC_MEMBER,
						Employment.ESTABLISHED, null, null, username(who))));
	}
}
