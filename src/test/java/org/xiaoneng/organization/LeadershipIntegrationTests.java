package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.testing.TestData.creditCode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.testing.IntegrationTest;

/**
 * "Who is the leader with authority over department D for decision X": heads, deputies and the principal leader,
 * with authority passing up where a level is not assigned.
 */
@IntegrationTest
@WithMockUser(username = "org-admin", roles = "ADMIN")
class LeadershipIntegrationTests {

	@Autowired
	Organization organization;

	@Test
	void eachLevelOfAuthorityOverADepartmentHasItsHolder() {
		SampleUnit sample = new SampleUnit(organization);

		assertThat(holder(sample.registration.id(), DecisionLevel.DEPARTMENT_HEAD)).isEqualTo(sample.head.id());
		assertThat(holder(sample.registration.id(), DecisionLevel.DEPUTY_LEADER)).isEqualTo(sample.deputy.id());
		assertThat(holder(sample.registration.id(), DecisionLevel.PRINCIPAL_LEADER)).isEqualTo(sample.principal.id());
	}

	@Test
	void aSubDepartmentWithoutItsOwnHeadOrDeputyAnswersToThoseAboveIt() {
		SampleUnit sample = new SampleUnit(organization);

		assertThat(holder(sample.windowGroup.id(), DecisionLevel.DEPARTMENT_HEAD)).isEqualTo(sample.head.id());
		assertThat(holder(sample.windowGroup.id(), DecisionLevel.DEPUTY_LEADER)).isEqualTo(sample.deputy.id());
	}

	@Test
	void authorityNotAssignedAtALevelPassesToTheNextLevelUp() {
		SampleUnit sample = new SampleUnit(organization);

		assertThat(holder(sample.enforcement.id(), DecisionLevel.DEPARTMENT_HEAD)).isEqualTo(sample.principal.id());
		assertThat(holder(sample.enforcement.id(), DecisionLevel.DEPUTY_LEADER)).isEqualTo(sample.principal.id());
	}

	@Test
	void aUnitWithoutLeadersHasNobodyWithAuthorityOverItsDepartments() {
		organization.defineRegion(SampleUnit.REGION, "示范县");
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		Unit unit = organization.createUnit(new NewUnit(SampleUnit.REGION, "无领导局" + tag, "无领" + tag, creditCode()));
		Department department = organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科"));

		assertThat(organization.unit(new UnitId(unit.id())).principalLeaderId()).isNull();
		assertThat(organization.authorityOver(new DepartmentId(department.id()), DecisionLevel.DEPUTY_LEADER)).isEmpty();
	}

	@Test
	void theLeadershipListsDeputiesWithTheDepartmentsTheyOversee() {
		SampleUnit sample = new SampleUnit(organization);
		organization.appointDeputyLeader(new UnitId(sample.unit.id()), new StaffId(sample.enforcer.id()),
				Set.of(new DepartmentId(sample.enforcement.id()), new DepartmentId(sample.office.id())));

		Leadership leadership = organization.leadership(new UnitId(sample.unit.id()));

		assertThat(leadership.principalLeaderId()).isEqualTo(sample.principal.id());
		assertThat(leadership.deputies()).containsExactlyInAnyOrder(
				new Leadership.Deputy(sample.deputy.id(), List.of(sample.registration.id())),
				new Leadership.Deputy(sample.enforcer.id(),
						List.of(sample.office.id(), sample.enforcement.id()).stream().sorted().toList()));
	}

	@Test
	void aDepartmentHasOneDeputyTheLatestAppointed() {
		SampleUnit sample = new SampleUnit(organization);

		organization.appointDeputyLeader(new UnitId(sample.unit.id()), new StaffId(sample.enforcer.id()), Set.of(new DepartmentId(sample.registration.id())));

		assertThat(holder(sample.registration.id(), DecisionLevel.DEPUTY_LEADER)).isEqualTo(sample.enforcer.id());
	}

	@Test
	void staffOfAnotherUnitCannotLeadOrHeadHere() {
		SampleUnit sample = new SampleUnit(organization);
		SampleUnit other = new SampleUnit(organization);

		assertThatThrownBy(() -> organization.appointPrincipalLeader(new UnitId(sample.unit.id()), new StaffId(other.principal.id())))
			.isInstanceOf(UnitBoundaryCrossedException.class);
		assertThatThrownBy(() -> organization.appointDepartmentHead(new DepartmentId(sample.enforcement.id()), new StaffId(other.head.id())))
			.isInstanceOf(UnitBoundaryCrossedException.class);
		assertThatThrownBy(() -> organization.appointDeputyLeader(new UnitId(sample.unit.id()), new StaffId(sample.deputy.id()),
				Set.of(new DepartmentId(other.registration.id()))))
			.isInstanceOf(UnitBoundaryCrossedException.class);
		assertThat(holder(sample.registration.id(), DecisionLevel.DEPUTY_LEADER)).isEqualTo(sample.deputy.id());
		assertThat(organization.unit(new UnitId(sample.unit.id())).principalLeaderId()).isEqualTo(sample.principal.id());
	}

	@Test
	void whenTheHeadLeavesTheDeputyHoldsTheAuthority() {
		SampleUnit sample = new SampleUnit(organization);

		organization.leave(new StaffId(sample.head.id()), StaffStatus.RETIRED);

		assertThat(holder(sample.registration.id(), DecisionLevel.DEPARTMENT_HEAD)).isEqualTo(sample.deputy.id());
	}

	private long holder(long departmentId, DecisionLevel level) {
		return organization.authorityOver(new DepartmentId(departmentId), level).orElseThrow().id();
	}
}
