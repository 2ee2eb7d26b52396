package org.xiaoneng.substitution;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/** The substitution pages: request, handover, approval, duty board, and a refusal shown as a message. */
@IntegrationTest
class SubstitutionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Test
	void aClerkRequestsTwoDaysAndTheHeadSeesItToApprove() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		mvc.perform(get("/substitution/absences").with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("absence-form")));

		mvc.perform(post("/substitution/absences").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.param("kind", "LEAVE")
			.param("from", "2026-03-04T09:00")
			.param("to", "2026-03-06T09:00")
			.param("reason", "家中有事"))
			.andExpect(redirectedUrlPattern("/substitution/absences/*"));
		long id = substitutes.absencesOf(new StaffId(u.clerk.id())).get(0).id();

		mvc.perform(get("/substitution/handovers").with(user(u.username("b")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/substitution/absences/" + id)));
		mvc.perform(get("/substitution/absences/{id}", id).with(user(u.username("b")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("acknowledge-form")));
		mvc.perform(post("/substitution/absences/{id}/acknowledge", id).with(csrf())
			.with(user(u.username("b")).roles("HANDLER"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/substitution/approvals").with(user(u.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/substitution/absences/" + id)));
		mvc.perform(post("/substitution/absences/{id}/approve", id).with(csrf())
			.with(user(u.username("h")).roles("DEPT_HEAD"))).andExpect(status().is3xxRedirection());

		mvc.perform(get("/substitution/board").param("department", String.valueOf(u.registration.id()))
			.param("date", "2026-03-05")
			.with(user(u.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(u.backup.name())));
	}

	@Test
	void aRefusedRequestComesBackWithItsMessageAndRecordsNothing() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);

		mvc.perform(post("/substitution/absences").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.param("kind", "LEAVE")
			.param("from", "2026-03-06T09:00")
			.param("to", "2026-03-04T09:00")
			.param("reason", "家中有事"))
			.andExpect(redirectedUrl("/substitution/absences"))
			.andExpect(flash().attribute("error", "substitution.periodReversed"));
		mvc.perform(get("/substitution/absences").with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(content().string(not(containsString("my-absences"))));
	}

	@Test
	void theHeadSeesThePostsWithoutASubstitute() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);

		mvc.perform(get("/substitution/uncovered").with(user(u.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(u.lead.name())))
			.andExpect(content().string(not(containsString(u.window.name()))));
	}

	@Test
	void anAdministratorChoosesTheDepartmentFirst() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);

		mvc.perform(get("/substitution/uncovered").with(user("substitution-page-admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/substitution/uncovered?department=" + u.registration.id())));
	}
}
