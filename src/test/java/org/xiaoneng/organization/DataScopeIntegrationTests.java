package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Data scope, role by role, as the staff list applies it in its query: what each caller sees of a unit.
 */
@IntegrationTest
@WithMockUser(username = "org-admin", roles = "ADMIN")
class DataScopeIntegrationTests {

	@Autowired
	Organization organization;

	SampleUnit sample;

	SampleUnit other;

	@BeforeEach
	void twoUnits() {
		sample = new SampleUnit(organization);
		other = new SampleUnit(organization);
	}

	@Test
	void administratorsAndSupervisorsSeeTheWholeRegion() {
		assertThat(organization.scopeOf("anyone", Set.of("ADMIN")).wholeRegion()).isTrue();
		assertThat(visibleTo("supervisor-x", "SUPERVISOR")).contains(sample.clerk.id(), other.clerk.id());
	}

	@Test
	void thePrincipalLeaderSeesTheWholeUnitAndNothingOfOthers() {
		assertThat(visibleTo(sample.username("p"), "LEADER")).containsExactlyInAnyOrderElementsOf(allOf(sample));
	}

	@Test
	void aDeputyLeaderSeesTheDepartmentsTheyOverseeAndThoseBelow() {
		assertThat(visibleTo(sample.username("d"), "LEADER")).containsExactlyInAnyOrder(sample.deputy.id(),
				sample.head.id(), sample.handler.id(), sample.clerk.id());
	}

	@Test
	void aDepartmentHeadSeesTheirDepartmentAndThoseBelow() {
		assertThat(visibleTo(sample.username("h"), "DEPT_HEAD")).containsExactlyInAnyOrder(sample.head.id(),
				sample.handler.id(), sample.clerk.id());
	}

	@Test
	void aHandlerSeesTheirOwnDepartment() {
		assertThat(visibleTo(sample.username("e"), "HANDLER")).containsExactly(sample.enforcer.id());
		assertThat(visibleTo(sample.username("w"), "HANDLER")).containsExactlyInAnyOrder(sample.head.id(),
				sample.handler.id(), sample.clerk.id());
	}

	@Test
	void aWindowClerkSeesOnlyTheirOwnWork() {
		assertThat(visibleTo(sample.username("c"), "WINDOW_CLERK")).containsExactly(sample.clerk.id());
	}

	@Test
	void anAccountLinkedToNoStaffMemberSeesNothing() {
		assertThat(visibleTo("nobody-" + sample.tag, "HANDLER", "LEADER", "DEPT_HEAD")).isEmpty();
	}

	@Test
	void staffWhoLeftSeeNothing() {
		organization.leave(new StaffId(sample.handler.id()), StaffStatus.RESIGNED);

		assertThat(visibleTo(sample.username("w"), "HANDLER")).isEmpty();
	}

	@Test
	void theScopeOfASignedInCallerComesFromTheirNameAndRoles() {
		DataScope scope = organization.scopeOf(UsernamePasswordAuthenticationToken.authenticated(sample.username("h"),
				null, AuthorityUtils.createAuthorityList("ROLE_DEPT_HEAD")));

		assertThat(scope.wholeRegion()).isFalse();
		assertThat(scope.departmentIds()).containsExactlyInAnyOrder(sample.registration.id(), sample.windowGroup.id());
		assertThat(scope.ownStaffNumber()).isEqualTo(sample.head.staffNumber());
		assertThat(scope.includes(sample.enforcer.staffNumber(), sample.unit.id(), sample.enforcement.id())).isFalse();
	}

	private List<Long> visibleTo(String username, String... roles) {
		DataScope scope = organization.scopeOf(username, Set.of(roles));
		// per unit: the shared test database holds more staff than one list shows (at most 500)
		List<Long> ids = Stream.of(sample, other)
			.flatMap(unit -> organization.searchStaff(new StaffQuery(null, unit.unit.id(), null, null, null), scope)
				.stream())
			.map(StaffMember::id)
			.toList();
		return ids.stream().filter(id -> allOf(sample).contains(id) || allOf(other).contains(id)).toList();
	}

	private static List<Long> allOf(SampleUnit unit) {
		return List.of(unit.principal.id(), unit.deputy.id(), unit.head.id(), unit.handler.id(), unit.clerk.id(),
				unit.enforcer.id());
	}
}
