package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workbench and the layout around it: who is signed in, their roles by name, the navigation, sign-out and the
 * language switch, all within the Content-Security-Policy.
 */
@IntegrationTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "li.hua", roles = { "HANDLER", "DEPT_HEAD", "BETA_TESTER" })
	void theWorkbenchNamesTheUserAndTheirRoles() throws Exception {
		String page = workbench();

		assertThat(page).contains("id=\"dashboard\"", "您好，li.hua", "承办人", "科室负责人", "分派和督办本科室的办件")
			.contains("<span id=\"user-name\">li.hua</span>")
			.doesNotContain("BETA_TESTER");
	}

	@Test
	@WithMockUser(username = "newcomer", authorities = "SCOPE_read")
	void aUserWithoutRolesIsToldWhomToAsk() throws Exception {
		assertThat(workbench()).contains("您的账号还没有分配角色，请联系安全管理员。");
	}

	@Test
	@WithMockUser(roles = "HANDLER")
	void theNavigationMarksTheCurrentPage() throws Exception {
		assertThat(workbench()).contains("id=\"main-nav\"")
			.containsPattern("<a href=\"/\"\\s+aria-current=\"page\"><span>工作台</span>");
	}

	@Test
	@WithMockUser(roles = "HANDLER")
	void signingOutIsAFormWithItsCsrfToken() throws Exception {
		assertThat(workbench()).containsPattern("<form action=\"/logout\" method=\"post\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"")
			.contains("id=\"logout\"");
	}

	@Test
	@WithMockUser(roles = "HANDLER")
	void theLayoutIsAccessible() throws Exception {
		assertThat(workbench()).contains("lang=\"zh-CN\"", "class=\"skip-link\" href=\"#main-content\"", "id=\"main-content\"",
				"aria-label=\"主导航\"", "id=\"lang-switch\"");
	}

	@Test
	@WithMockUser(roles = { "HANDLER", "AUDITOR" })
	void theSidebarGroupsTheEntriesByWorkAreaAndShowsOnlyTheRolesAreas() throws Exception {
		assertThat(workbench()).contains("<summary>办件</summary>", "<summary>系统</summary>", "href=\"/cases/intake\"",
				"href=\"/audit\"")
			.doesNotContain("href=\"/supervision/cockpit\"", "href=\"/accounts\"");
	}

	@Test
	@WithMockUser(username = "li.hua", roles = "HANDLER")
	void theWorkbenchShowsTheHandlersOpenWorkAsFiguresLinkingToTheirLists() throws Exception {
		assertThat(workbench()).contains("id=\"work-figures\"", "href=\"/cases?list=MINE\"", "href=\"/cases?list=RED\"",
				"我的待办", "红牌超期", "tone-overdue")
			.doesNotContain("id=\"chart-workload\"", "href=\"/cases/approvals\"");
	}

	@Test
	@WithMockUser(username = "wang.lead", roles = "LEADER")
	void aLeaderSeesTheirAreasFiguresAsAChartAndTheApprovalsWaiting() throws Exception {
		assertThat(workbench()).contains("id=\"chart-workload\"", "/dist/echarts.min.js", "/js/workbench.js",
				"href=\"/cases?list=DEPARTMENT\"", "href=\"/cases/approvals\"");
	}

	@Test
	@WithMockUser(username = "li.hua", roles = "HANDLER")
	void theCountsOfTheSidebarAndTheTabsArriveAsOutOfBandFragments() throws Exception {
		String counts = mvc.perform(get("/workbench/counts"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(counts).contains("id=\"count-cases-list-MINE\" hx-swap-oob=\"true\"",
				"id=\"count-cases-list-YELLOW\" hx-swap-oob=\"true\"", "id=\"menu-count-cases\" hx-swap-oob=\"true\"");
	}

	@Test
	@WithMockUser(roles = "LEADER")
	void theStaticFilesAndTheWebJarsAreServedFromTheirFoldersByStaticResources() throws Exception {
		for (String file : new String[] { "/css/app.css", "/js/cockpit.js", "/images/mark.svg",
				"/webjars/echarts/dist/echarts.min.js" }) {
			mvc.perform(get(file)).andExpect(status().isOk());
		}
	}

	@Test
	@WithMockUser(roles = { "ADMIN", "AUDITOR" })
	void theRenderedPageHasNoInlineScriptOrStyle() throws Exception {
		assertThat(new HardCodedText().inlineCode("/", workbench())).isEmpty();
	}

	private String workbench() throws Exception {
		return mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("web/dashboard"))
			.andReturn().getResponse().getContentAsString();
	}
}
