package org.xiaoneng.substitution;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/** The substitution API: an absence asked for, acknowledged and approved, and refusals as localized problems. */
@IntegrationTest
class SubstitutionApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	private static final String TWO_DAYS = """
			{"kind":"LEAVE","from":"2026-03-04T01:00:00Z","to":"2026-03-06T01:00:00Z","reason":"家中有事"}""";

	@Test
	void anAbsenceAskedForAcknowledgedAndApprovedMakesTheSubstituteAct() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		String body = mvc.perform(post("/api/v1/substitution/absences").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(TWO_DAYS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handoverRequired").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

		mvc.perform(post("/api/v1/substitution/absences/{id}/acknowledgement", id).with(csrf())
			.with(user(u.username("b")).roles("HANDLER"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/substitution/absences/{id}/approval", id).with(csrf())
			.with(user(u.username("h")).roles("DEPT_HEAD"))).andExpect(status().isOk());

		mvc.perform(get("/api/v1/substitution/posts/{post}/acting", u.window.id()).param("at", "2026-03-05T02:00:00Z")
			.with(user(u.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.staffId").value((int) u.backup.id()))
			.andExpect(jsonPath("$.reason").value("SUBSTITUTE"));
	}

	@Test
	void anAbsenceEndingBeforeItStartsIsALocalizedBadRequest() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);

		mvc.perform(post("/api/v1/substitution/absences").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"MEETING","from":"2026-03-04T06:00:00Z","to":"2026-03-04T02:00:00Z","reason":"会议"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("end must be after the start")));
	}

	@Test
	void theSubstitutesLeaveOnTheSameDaysIsRefusedNamingThePost() throws Exception {
		SubstitutionUnit u = new SubstitutionUnit(organization, substitutes);
		mvc.perform(post("/api/v1/substitution/absences").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(TWO_DAYS)).andExpect(status().isOk());

		mvc.perform(post("/api/v1/substitution/absences").with(csrf())
			.with(user(u.username("b")).roles("HANDLER"))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(TWO_DAYS))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("登记窗口岗")));
	}
}
