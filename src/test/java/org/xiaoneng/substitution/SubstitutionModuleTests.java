package org.xiaoneng.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.substitution.SubstitutionUnit.at;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.common.PostId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.MutableClockConfiguration;

/**
 * The substitution module's main story with only the modules it needs: a clerk's meeting is approved by the head,
 * {@link AbsenceApproved} is published, and the window post is covered by its substitute for the whole meeting.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(MutableClockConfiguration.class)
class SubstitutionModuleTests {

	@Autowired
	Substitutes substitutes;

	@Autowired
	Organization organization;

	@Test
	void anApprovedAbsenceIsPublishedAndItsPostIsCoveredByTheSubstitute(Scenario scenario) {
		SubstitutionUnit unit = new SubstitutionUnit(organization, substitutes);
		Absence requested = unit.as("c", () -> substitutes.requestAbsence(
				new NewAbsence(unit.clerk.id(), AbsenceKind.MEETING, at(3, 4, 14), at(3, 4, 16), "县政府会议")));

		scenario.stimulate(() -> unit.as("h", () -> substitutes.approve(requested.id())))
			.andWaitForEventOfType(AbsenceApproved.class)
			.matching(approved -> approved.absenceId() == requested.id())
			.toArriveAndVerify(approved -> {
				assertThat(approved.substituteStaffId()).isEqualTo(unit.backup.id());
				assertThat(substitutes.whoActsFor(new PostId(unit.window.id()), at(3, 4, 15)).staffId())
					.isEqualTo(unit.backup.id());
				assertThat(substitutes.whoActsFor(new PostId(unit.window.id()), at(3, 4, 16)).staffId())
					.isEqualTo(unit.clerk.id());
			});
	}
}
