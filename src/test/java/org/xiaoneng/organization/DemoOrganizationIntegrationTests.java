package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.UnifiedSocialCreditCode;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The demo county: three units with valid credit codes, about sixty staff, and the demo accounts playing the staff
 * of 县市场监督管理局 登记注册科 that the README describes.
 */
@IntegrationTest
class DemoOrganizationIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	Reorganization reorganization;

	@Test
	void theDemoCountyIsBuiltOnceWithTheDemoAccountsInPlace() {
		DemoOrganization demo = new DemoOrganization(organization, reorganization);
		demo.run(new DefaultApplicationArguments());
		int unitsAfterFirstRun = organization.units().size();
		demo.run(new DefaultApplicationArguments());

		assertThat(organization.units()).hasSize(unitsAfterFirstRun);
		List<Unit> county = organization.units().stream().filter(unit -> unit.creditCode().startsWith("11520999MB1A2C3")).toList();
		assertThat(county).extracting(Unit::name)
			.containsExactly("县市场监督管理局", "县自然资源局", "县人力资源和社会保障局");
		assertThat(county).allSatisfy(unit -> {
			assertThat(UnifiedSocialCreditCode.isValid(unit.creditCode())).isTrue();
			assertThat(unit.principalLeaderId()).isNotNull();
			assertThat(organization.departmentsOf(new UnitId(unit.id())).size()).isBetween(3, 6);
			// each can issue refusal notices: they name where to seek reconsideration and where to sue (issue 22)
			assertThat(unit.reviewBodies()).isEqualTo(new ReviewBodies("示范县人民政府", "示范县人民法院"));
		});
		int staff = county.stream()
			.mapToInt(unit -> organization.searchStaff(new StaffQuery(null, unit.id(), null, null, null),
					DataScope.wholeRegionScope()).size())
			.sum();
		assertThat(staff).isBetween(55, 70);

		StaffMember handler = organization.staffByUsername("handler").orElseThrow();
		StaffMember clerk = organization.staffByUsername("clerk").orElseThrow();
		Department registration = organization.department(new DepartmentId(handler.departmentId()));
		assertThat(registration.name()).isEqualTo("登记注册科");
		assertThat(clerk.departmentId()).isEqualTo(registration.id());
		assertThat(organization.post(new PostId(clerk.postIds().get(0))).kind()).isEqualTo(PostKind.WINDOW);
		assertThat(organization.post(new PostId(handler.postIds().get(0))).kind()).isEqualTo(PostKind.HANDLING);
		assertThat(organization.authorityOver(new DepartmentId(registration.id()), DecisionLevel.DEPARTMENT_HEAD)).map(StaffMember::username)
			.contains("depthead");
		assertThat(organization.authorityOver(new DepartmentId(registration.id()), DecisionLevel.DEPUTY_LEADER)).map(StaffMember::username)
			.contains("leader");
	}

	@Test
	void everyDepartmentOfTheDemoCountyHasItsRoomAndPublicPhone() {
		new DemoOrganization(organization, reorganization).run(new DefaultApplicationArguments());

		List<Department> departments = organization.units()
			.stream()
			.filter(unit -> unit.creditCode().startsWith("11520999MB1A2C3"))
			.flatMap(unit -> organization.departmentsOf(new UnitId(unit.id())).stream())
			.toList();
		assertThat(departments).isNotEmpty().allSatisfy(department -> {
			assertThat(department.room()).as(department.name()).isNotBlank();
			assertThat(department.phone()).as(department.name()).matches("0859-[0-9]{8}");
		});
	}
}
