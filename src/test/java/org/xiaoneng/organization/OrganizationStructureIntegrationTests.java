package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.TestData;

/**
 * Units, department trees and posts: what an administrator builds, and what is refused without changing anything.
 */
@IntegrationTest
@WithMockUser(username = "org-admin", roles = "ADMIN")
class OrganizationStructureIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Test
	void departmentsAreListedAsATreeWithTheirDepth() {
		SampleUnit sample = new SampleUnit(organization);

		List<Department> tree = organization.departmentsOf(new UnitId(sample.unit.id()));

		assertThat(tree).extracting(Department::name).containsExactly("办公室", "执法科", "登记注册科", "窗口组");
		assertThat(tree).extracting(Department::depth).containsExactly(0, 0, 0, 1);
		assertThat(organization.department(new DepartmentId(sample.windowGroup.id())).depth()).isEqualTo(1);
	}

	@Test
	void aUnitKeepsItsNormalizedCreditCodeAndTheCreationIsAudited() {
		String code = TestData.creditCode();
		organization.defineRegion(SampleUnit.REGION, "示范县");

		Unit unit = organization.createUnit(new NewUnit(SampleUnit.REGION, "审计测试局", "审测", " " + code.toLowerCase() + " "));

		assertThat(unit.creditCode()).isEqualTo(code);
		assertThat(jdbc.sql("select count(*) from audit.entry where module = 'organization' and action = 'unit.created'"
				+ " and object_id = :id").param("id", String.valueOf(unit.id())).query(Long.class).single()).isOne();
	}

	@Test
	void aCreditCodeWithAWrongCheckCharacterIsRefusedAndNoUnitIsCreated() {
		String code = TestData.creditCode();
		String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		int before = organization.units().size();

		assertThatThrownBy(() -> organization.createUnit(new NewUnit(SampleUnit.REGION, "错误局", "错", wrong)))
			.isInstanceOf(CreditCodeInvalidException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("organization.unit.creditCodeInvalid");
		assertThat(organization.units()).hasSize(before);
	}

	@Test
	void aSecondUnitWithTheSameCreditCodeIsRefused() {
		SampleUnit sample = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.createUnit(
				new NewUnit(SampleUnit.REGION, "重复局", "重", sample.unit.creditCode())))
			.isInstanceOf(CreditCodeTakenException.class);
	}

	@Test
	void aUnitOfAnUnknownRegionIsRefused() {
		assertThatThrownBy(() -> organization.createUnit(new NewUnit("000001", "无区划局", "无", TestData.creditCode())))
			.isInstanceOf(OrganizationRecordNotFoundException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("organization.notFound.region");
	}

	@Test
	void aRegionCodeMustHaveSixDigits() {
		assertThatThrownBy(() -> organization.defineRegion("52099", "短代码县"))
			.isInstanceOf(RegionCodeInvalidException.class);
	}

	@Test
	void aDepartmentOfAnotherUnitCannotBeTheParentAndNothingIsCreated() {
		SampleUnit one = new SampleUnit(organization);
		SampleUnit other = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.createDepartment(
				new NewDepartment(one.unit.id(), other.registration.id(), "越界科")))
			.isInstanceOf(UnitBoundaryCrossedException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("organization.department.parentInOtherUnit");
		assertThat(organization.departmentsOf(new UnitId(one.unit.id()))).extracting(Department::name).doesNotContain("越界科");
	}

	@Test
	void aPostInADepartmentThatDoesNotExistIsRefused() {
		assertThatThrownBy(() -> organization.createPost(new NewPost(Long.MAX_VALUE, "幽灵岗", PostKind.HANDLING, "", List.of())))
			.isInstanceOf(OrganizationRecordNotFoundException.class)
			.extracting(e -> ((RuleViolationException) e).messageKey())
			.isEqualTo("organization.notFound.department");
	}

	@Test
	void aPostKeepsItsKindDutiesAndDutyScope() {
		SampleUnit sample = new SampleUnit(organization);

		Post post = organization.post(new PostId(sample.registrationHandling.id()));

		assertThat(post.kind()).isEqualTo(PostKind.HANDLING);
		assertThat(post.duties()).isEqualTo("审核登记申请");
		assertThat(post.dutyCategories()).containsExactly("REG-01", "REG-02");
		assertThat(organization.holdersOf(new PostId(post.id()))).extracting(StaffMember::id).containsExactly(sample.handler.id());
	}

	@Test
	void aPostOfAnotherUnitCannotBeAssigned() {
		SampleUnit one = new SampleUnit(organization);
		SampleUnit other = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.assignPost(new StaffId(one.enforcer.id()), new PostId(other.registrationWindow.id())))
			.isInstanceOf(UnitBoundaryCrossedException.class);
		assertThat(organization.staffMember(new StaffId(one.enforcer.id())).postIds()).isEmpty();
	}

	@Test
	@WithMockUser(username = "someone", roles = "LEADER")
	void onlyAdministratorsChangeTheOrganisationEvenThroughTheFacade() {
		assertThatThrownBy(() -> organization.defineRegion("520998", "他县"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(organization.regions()).extracting(Region::code).doesNotContain("520998");
	}

	@Test
	void changingAPostKeepsItInItsDepartment() {
		SampleUnit sample = new SampleUnit(organization);

		Post changed = organization.changePost(new PostId(sample.registrationWindow.id()),
				new NewPost(sample.enforcement.id(), "综合窗口", PostKind.WINDOW, "受理", List.of("REG-03")));

		assertThat(changed.departmentId()).isEqualTo(sample.registration.id());
		assertThat(changed.name()).isEqualTo("综合窗口");
		assertThat(changed.dutyCategories()).containsExactly("REG-03");
	}
}
