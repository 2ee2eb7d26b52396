package org.xiaoneng.evaluation;

import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
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

/** A unit of its own: a principal leader and deputy in the office, a head and two handlers in registration. */
final class EvaluationOffice {

	final String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

	final Unit unit;

	final Department registration;

	final StaffMember handler;

	final StaffMember colleague;

	private final Organization organization;

	EvaluationOffice(Organization organization) {
		this.organization = organization;
		unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "考评测试局" + tag, "考" + tag, creditCode()));
		});
		Department office = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "办公室")));
		registration = asAdmin(() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记科")));
		StaffMember principal = join("p", office);
		StaffMember deputy = join("d", office);
		StaffMember head = join("h", registration);
		handler = join("a", registration);
		colleague = join("b", registration);
		asAdmin(() -> {
			organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(principal.id()));
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()),
					Set.of(new DepartmentId(registration.id())));
			organization.appointDepartmentHead(new DepartmentId(registration.id()), new StaffId(head.id()));
			return null;
		});
	}

	<T> T as(String who, String role, Supplier<T> action) {
		return runAs(who + "-e" + tag, action, "ROLE_" + role);
	}

	private StaffMember join(String who, Department department) {
		return asAdmin(() -> organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("考评" + who, Gender.MALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, who + "-e" + tag))));
	}

	private static <T> T asAdmin(Supplier<T> action) {
		return runAs("evaluation-admin", action, "ROLE_ADMIN");
	}
}
