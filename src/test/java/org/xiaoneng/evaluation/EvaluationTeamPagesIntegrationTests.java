package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.testing.TestData.runAs;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The evaluation team's and the personnel office's pages (issue 16): the team enters a year-end score on its page,
 * computes and publishes the year there, a refused score comes back with its message and records nothing; the
 * unit's leader sees the grade distribution and the departments' totals drawn as charts from their tables; the
 * personnel office's list downloads as a workbook; another unit's leader finds none of its charts and cannot widen its
 * quota; a handler reaches none of them.
 */
@IntegrationTest
class EvaluationTeamPagesIntegrationTests {

	/** A year of its own: computing takes the whole region, and no other test computes this one. */
	private static final int YEAR = 2045;

	private static final String TEAM = "evaluation-pages-team";

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	PerformanceEvaluation evaluation;

	@Autowired
	EnteredScores entered;

	@Test
	void theTeamScoresComputesAndPublishesTheYearAndTheLeaderReadsTheUnitsCharts() throws Exception {
		EvaluationOffice office = new EvaluationOffice(organization);
		runAs(TEAM, () -> {
			for (GradeScale scale : GradeScale.values()) {
				evaluation.draftDefaultScheme(YEAR, ObjectType.DEPARTMENT, scale, false);
				evaluation.draftDefaultScheme(YEAR, ObjectType.STAFF, scale, false);
			}
			return evaluation.startYear(YEAR);
		}, "ROLE_SUPERVISOR");
		mvc.perform(get("/evaluation/team").param("year", String.valueOf(YEAR)).with(user(TEAM).roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("score-form")))
			.andExpect(content().string(containsString("compute-form")));

		mvc.perform(post("/evaluation/team/scores").with(csrf()).with(user(TEAM).roles("SUPERVISOR"))
			.param("year", String.valueOf(YEAR))
			.param("objectType", "DEPARTMENT")
			.param("objectId", String.valueOf(office.registration.id()))
			.param("indicatorCode", "NO.SUCH")
			.param("score", "90"))
			.andExpect(redirectedUrl("/evaluation/team?year=" + YEAR))
			.andExpect(flash().attributeExists("error"));
		assertThat(entered.ofYear(YEAR, ObjectType.DEPARTMENT).getOrDefault(office.registration.id(), Map.of()))
			.isEmpty();

		mvc.perform(post("/evaluation/team/scores").with(csrf()).with(user(TEAM).roles("SUPERVISOR"))
			.param("year", String.valueOf(YEAR))
			.param("objectType", "DEPARTMENT")
			.param("objectId", String.valueOf(office.registration.id()))
			.param("indicatorCode", "GOALS.1")
			.param("score", "90"))
			.andExpect(redirectedUrl("/evaluation/team?year=" + YEAR))
			.andExpect(flash().attributeCount(0));
		assertThat(entered.ofYear(YEAR, ObjectType.DEPARTMENT).get(office.registration.id()))
			.containsEntry("GOALS.1", 90.0);
		mvc.perform(post("/evaluation/team/computation").with(csrf()).with(user(TEAM).roles("SUPERVISOR"))
			.param("year", String.valueOf(YEAR))).andExpect(flash().attributeCount(0));
		String handlersPage = mvc.perform(post("/evaluation/team/staff-computation").with(csrf())
			.with(user(TEAM).roles("SUPERVISOR"))
			.param("year", String.valueOf(YEAR))
			.param("staffId", String.valueOf(office.handler.id()))).andExpect(flash().attributeCount(0))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(handlersPage).startsWith("/evaluation/results/");
		mvc.perform(get(handlersPage).with(user(TEAM).roles("SUPERVISOR")))
			.andExpect(content().string(containsString("compute-staff-form")));
		mvc.perform(post("/evaluation/team/publication").with(csrf()).with(user(TEAM).roles("SUPERVISOR"))
			.param("year", String.valueOf(YEAR))).andExpect(flash().attributeCount(0));
		mvc.perform(get("/evaluation/team").param("year", String.valueOf(YEAR)).with(user(TEAM).roles("SUPERVISOR")))
			.andExpect(content().string(containsString("登记科")))
			.andExpect(content().string(containsString("公示中")));

		String leader = "p-e" + office.tag;
		mvc.perform(get("/evaluation/units").param("year", String.valueOf(YEAR))
			.param("unit", String.valueOf(office.unit.id()))
			.with(user(leader).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-source=\"unit-grades\"")))
			.andExpect(content().string(containsString(office.unit.name())))
			.andExpect(content().string(containsString("data-name=\"登记科\"")))
			.andExpect(content().string(containsString("wider-quota-form")));
		mvc.perform(get("/evaluation/personnel").param("year", String.valueOf(YEAR)).param("list", "REWARDS")
			.with(user(leader).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("物质奖励和精神鼓励")));
		byte[] workbook = mvc.perform(get("/evaluation/personnel.xlsx").param("year", String.valueOf(YEAR))
			.param("list", "HONOURS")
			.with(user(leader).roles("LEADER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(workbook).startsWith('P', 'K');

		String stranger = "p-e" + new EvaluationOffice(organization).tag;
		mvc.perform(get("/evaluation/units").param("year", String.valueOf(YEAR))
			.param("unit", String.valueOf(office.unit.id()))
			.with(user(stranger).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(office.unit.name()))))
			.andExpect(content().string(not(containsString("data-name=\"登记科\""))));
		mvc.perform(post("/evaluation/units/" + office.unit.id() + "/wider-quota").with(csrf())
			.param("year", String.valueOf(YEAR))
			.with(user(stranger).roles("LEADER"))).andExpect(status().isForbidden());

		String handler = "a-e" + office.tag;
		mvc.perform(get("/evaluation/team").with(user(handler).roles("HANDLER"))).andExpect(status().isForbidden());
		mvc.perform(get("/evaluation/personnel").with(user(handler).roles("HANDLER")))
			.andExpect(status().isForbidden());
	}
}
