package org.xiaoneng.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.Reorganization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Issue 22: a post's substitute, a third person when holder and substitute are both away, and acting leaders are set
 * from pages, not only the API; a third person who is the holder or the substitute, and a retired post, are refused
 * with their message and change nothing.
 */
@IntegrationTest
class SubstitutionSettingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Reorganization reorganization;

	@Autowired
	Substitutes substitutes;

	@Test
	void theHeadNamesAPostsSubstituteFromThePostsPage() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		var head = user(u.username("h")).roles("DEPT_HEAD");

		mvc.perform(get("/substitution/posts").with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记窗口岗")))
			.andExpect(content().string(containsString("替岗b")));
		mvc.perform(post("/substitution/posts/{id}/substitute", u.lead.id()).with(csrf()).with(head)
			.param("staffId", String.valueOf(u.third.id())))
			.andExpect(redirectedUrl("/substitution/posts?department=" + u.registration.id()));

		assertThat(substitutes.substituteOf(new PostId(u.lead.id()))).contains(u.third.id());
	}

	@Test
	void aLeaderDesignatesAThirdPersonFromThePageButNeverTheHolderOrTheSubstitute() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		var deputy = user(u.username("d")).roles("LEADER");

		mvc.perform(post("/substitution/posts/{id}/designations", u.window.id()).with(csrf()).with(deputy)
			.param("staffId", String.valueOf(u.backup.id()))
			.param("from", "2026-03-20T09:00")
			.param("to", "2026-03-20T17:00")
			.param("reason", "A、B角均参加培训"))
			.andExpect(flash().attribute("error", "substitution.notAThirdPerson"));
		mvc.perform(post("/substitution/posts/{id}/designations", u.window.id()).with(csrf()).with(deputy)
			.param("staffId", String.valueOf(u.clerk.id()))
			.param("from", "2026-03-20T09:00")
			.param("to", "2026-03-20T17:00")
			.param("reason", "A、B角均参加培训"))
			.andExpect(flash().attribute("error", "substitution.notAThirdPerson"));
		assertThat(substitutes.whoActsFor(new PostId(u.window.id()), SubstitutionUnit.at(3, 20, 10)).staffId())
			.isEqualTo(u.clerk.id());

		mvc.perform(post("/substitution/posts/{id}/designations", u.window.id()).with(csrf()).with(deputy)
			.param("staffId", String.valueOf(u.third.id()))
			.param("from", "2026-03-20T09:00")
			.param("to", "2026-03-20T17:00")
			.param("reason", "A、B角均参加培训"))
			.andExpect(flash().attributeCount(0));
		assertThat(substitutes.whoActsFor(new PostId(u.window.id()), SubstitutionUnit.at(3, 20, 10)))
			.extracting(Acting::staffId, Acting::reason)
			.containsExactly(u.third.id(), ActingReason.DESIGNATED);
	}

	@Test
	void thePrincipalLeaderNamesTheDeputysActingLeaderFromThePage() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		var principal = user(u.username("p")).roles("LEADER");

		mvc.perform(get("/substitution/acting-leaders").with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-leader=\"" + u.deputy.id() + "\"")));
		mvc.perform(post("/substitution/leaders/{id}/acting-leader", u.deputy.id()).with(csrf()).with(principal)
			.param("actingStaffId", String.valueOf(u.head.id())))
			.andExpect(redirectedUrl("/substitution/acting-leaders?unit=" + u.unit.id()));

		assertThat(substitutes.actingLeaderOf(new StaffId(u.deputy.id()))).map(ActingLeader::actingStaffId).contains(u.head.id());
	}

	@Test
	void aRetiredPostGetsNoSubstituteAndStandsInForNoOtherPost() {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		Post archive = SubstitutionUnit.asAdmin(() -> {
			Post created = organization.createPost(new NewPost(u.registration.id(), "档案岗", PostKind.HANDLING, "",
					List.of()));
			return reorganization.retirePost(new PostId(created.id()));
		});

		assertThatThrownBy(() -> u.as("h", () -> substitutes.assignSubstitute(new PostId(archive.id()), u.third.id(), null)))
			.isInstanceOf(RetiredPostException.class);
		assertThatThrownBy(() -> u.as("h", () -> substitutes.assignSubstitute(new PostId(u.lead.id()), null, archive.id())))
			.isInstanceOf(RetiredPostException.class)
			.hasMessage("substitution.postRetired");
		assertThat(substitutes.assignmentOf(new PostId(archive.id()))).isEmpty();
		assertThat(substitutes.assignmentOf(new PostId(u.lead.id()))).isEmpty();
	}
}
