package org.xiaoneng.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.substitution.SubstitutionUnit.asAdmin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/** The demo's substitutes: every post of a unit gets a B role that is not its holder, every leader an acting one. */
@IntegrationTest
class DemoSubstitutionIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Test
	void everyPostOfTheUnitGetsASubstituteAndTheDeputyActsForThePrincipal() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		DemoSubstitution demo = new DemoSubstitution(organization, substitutes);

		int named = asAdmin(() -> demo.assignAll(u.unit.id()));

		assertThat(named).isEqualTo(3);
		assertThat(asAdmin(() -> substitutes.postsWithoutSubstitute(new DepartmentId(u.registration.id())))).isEmpty();
		assertThat(substitutes.substituteOf(new PostId(u.lead.id()))).contains(u.backup.id());
		assertThat(substitutes.actingLeaderOf(new StaffId(u.principal.id())).orElseThrow().actingStaffId()).isEqualTo(u.deputy.id());
	}
}
