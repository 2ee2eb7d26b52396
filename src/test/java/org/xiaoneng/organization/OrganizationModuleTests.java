package org.xiaoneng.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;

/**
 * The organization module on its own (with the platform modules it uses): its main story, a department's new post
 * filled by someone who joins, read back from the roster.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@WithMockUser(username = "org-module-admin", roles = "ADMIN")
class OrganizationModuleTests {

	@Autowired
	Organization organization;

	@Test
	void aPostCreatedForADepartmentIsInTheRosterWithWhoeverJoinsToHoldIt(Scenario scenario) {
		SampleUnit sample = new SampleUnit(organization);
		String number = "m" + sample.tag;

		scenario.stimulate(() -> {
			Post post = organization.createPost(new NewPost(sample.enforcement.id(), "执法经办", PostKind.HANDLING,
					"现场检查", List.of("ENF-01")));
			StaffMember joined = organization.join(new NewStaff(number, sample.enforcement.id(),
					LocalDate.of(2026, 12, 1), sample.particulars("新同事", null)));
			organization.assignPost(new StaffId(joined.id()), new PostId(post.id()));
			return post;
		})
			.andWaitForEventOfType(StaffJoined.class)
			.matching(joined -> joined.staffNumber().equals(number))
			.toArriveAndVerify((joined, post) -> {
				assertThat(joined.departmentId()).isEqualTo(sample.enforcement.id());
				assertThat(organization.postsOf(new DepartmentId(sample.enforcement.id()))).contains(post);
				assertThat(organization.searchStaff(
						new StaffQuery(null, sample.unit.id(), sample.enforcement.id(), StaffStatus.ON_DUTY, null)))
					.filteredOn(member -> member.staffNumber().equals(number))
					.singleElement()
					.satisfies(member -> assertThat(member.postIds()).containsExactly(post.id()));
			});
	}
}
