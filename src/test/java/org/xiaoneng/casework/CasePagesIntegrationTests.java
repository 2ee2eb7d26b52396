package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeUnit;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Reorganization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/** The casework pages render for their users and show no personal data in clear outside the audited view. */
@IntegrationTest
class CasePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	Reorganization reorganization;

	@Autowired
	BadgeOffice badges;

	@Autowired
	ListenersAtRest listeners;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void theClerkRegistersAnIncompleteSubmissionOnOneScreenAndGetsTheNotice() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		mvc.perform(get("/cases/intake").param("itemId", String.valueOf(u.item.id()))
			.with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("营业执照复印件")));

		mvc.perform(post("/cases/intake").with(csrf())
			.with(user(u.username("c")).roles("WINDOW_CLERK"))
			.param("itemId", String.valueOf(u.item.id()))
			.param("idempotencyKey", "page-" + u.tag)
			.param("action", "notice")
			.param("name", "王五")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", CaseworkUnit.RESIDENT_ID)
			.param("phone", CaseworkUnit.PHONE)
			.param("applicantKind", "PERSON")
			.param("channel", "WINDOW")
			.param("pickup", "PICKUP")
			.param("rows[0].number", "1").param("rows[0].name", "食品经营许可申请书").param("rows[0].received", "true")
			.param("rows[0].original", "true").param("rows[0].copies", "1").param("rows[0].pages", "2")
			.param("rows[1].number", "2").param("rows[1].name", "营业执照复印件").param("rows[1].received", "false")
			.param("rows[1].problem", "true").param("rows[1].copies", "1").param("rows[1].pages", "1"))
			.andExpect(redirectedUrlPattern("/cases/*"));

		long id = cases.search(new CaseQuery(null, null, "王五", null, u.item.id(), null, null, null, null), null, null, 5).rows().get(0).id();
		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.AWAITING_CORRECTION);
		mvc.perform(get("/cases/{id}", id).with(user(u.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1101**********002X")))
			.andExpect(content().string(not(containsString(CaseworkUnit.RESIDENT_ID))))
			.andExpect(content().string(containsString("补正材料通知书")));
	}

	@Test
	void theCasePageOffersOnlyTheActionsThePersonCanTakeNowWithTheCurrentStepAtTheTop() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(id));

		assertThat(casePage(u, "a", "HANDLER", id)).contains("id=\"case-now\"", "当前环节：承办，承办人 办件a，环节期限 2026-03-11",
				"id=\"complete-step\"", "id=\"extension-form\"").doesNotContain("本环节不由您办理");
		assertThat(casePage(u, "c", "WINDOW_CLERK", id)).contains("id=\"case-now\"", "本环节不由您办理")
			.doesNotContain("id=\"complete-step\"", "id=\"sign-step\"", "id=\"extension-form\"");

		u.as("a", () -> cases.requestExtension(id, 3, "需现场核查"));
		assertThat(casePage(u, "a", "HANDLER", id)).contains("id=\"complete-step\"")
			.doesNotContain("id=\"extension-form\"");
	}

	private String casePage(CaseworkUnit u, String who, String role, long id) throws Exception {
		return mvc.perform(get("/cases/{id}", id).with(user(u.username(who)).roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theHandlersListTheCasePageAndTheLeadersApprovalsRender() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(id));
		u.as("a", () -> cases.requestExtension(id, 2, "需现场核查"));

		mvc.perform(get("/cases").with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cases.caseFile(id).caseNumber())));
		mvc.perform(get("/cases/{id}", id).with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("deadline-explanation")))
			.andExpect(content().string(containsString("2026-03-16")));
		mvc.perform(get("/cases/approvals").with(user(u.username("d")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("需现场核查")));
		mvc.perform(post("/cases/{id}/identity", id).with(csrf()).with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(CaseworkUnit.RESIDENT_ID)));
	}

	@Test
	void theCasePageShowsTheStatutoryDeadlineBesideThePromisedOneAndTheApprovalsTheLastDayOfTheDecision()
			throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(id));
		u.as("a", () -> cases.requestExtension(id, 2, "需现场核查"));
		CaseFile file = cases.caseFile(id);

		mvc.perform(get("/cases/{id}", id).with(user(u.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("法定时限届满日")))
			.andExpect(content().string(containsString("承诺时限届满日")))
			.andExpect(content().string(containsString("id=\"case-statutory-deadline\">" + file.statutoryDeadline())))
			.andExpect(content().string(containsString("id=\"case-promised-deadline\">" + file.promisedDeadline())));
		mvc.perform(get("/cases/approvals").with(user(u.username("d")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审批期限")))
			.andExpect(content().string(containsString("2026-03-11")));
	}

	@Test
	void thePublicProgressPageNeedsNoLoginAndShowsOnlyAMaskedName() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		CaseFile file = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null));
		u.as("c", () -> cases.accept(file.id()));

		mvc.perform(get("/portal/progress").param("code", file.queryCode()).param("phoneLast4", "8000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("张**")))
			.andExpect(content().string(containsString("收件回执单")))
			.andExpect(content().string(not(containsString("张三丰"))));
		mvc.perform(get("/portal/progress").param("code", file.queryCode()).param("phoneLast4", "0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("progress-error")));
	}

	@Test
	void theProgressPageAnswers429ToAnAddressPastItsLimitOfLookUps() throws Exception {
		// the default limit: 20 look-ups per address in ten minutes; this test's address is its own
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/portal/progress").param("code", "NOSUCHCODE").param("phoneLast4", "8000")
				.with(request -> { request.setRemoteAddr("192.0.2.64"); return request; }))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("progress-error")));
		}
		mvc.perform(get("/portal/progress").param("code", "NOSUCHCODE").param("phoneLast4", "8000")
			.with(request -> { request.setRemoteAddr("192.0.2.64"); return request; }))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("查询过于频繁")));
	}

	@Test
	void theProgressPageShowsTheCurrentStepWhomToCallAndPlainlyWhenTheCaseIsOverdue() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		for (Department d : List.of(u.registration, u.review)) {
			CaseworkUnit.asAdmin(() -> reorganization.changeContact(new DepartmentId(d.id()), "二楼 205 室", "0851-86219999"));
		}
		CaseFile file = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null));
		u.as("c", () -> cases.accept(file.id()));

		mvc.perform(get("/portal/progress").param("code", file.queryCode()).param("phoneLast4", "8000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前环节")))
			.andExpect(content().string(containsString("承办")))
			.andExpect(content().string(containsString("href=\"tel:0851-86219999\"")))
			.andExpect(content().string(not(containsString("progress-overdue"))));

		clock.set(at(3, 17, 9));
		cases.markDeadlineStatuses();
		mvc.perform(get("/portal/progress").param("code", file.queryCode()).param("phoneLast4", "8000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("progress-overdue")))
			.andExpect(content().string(containsString("已超过承诺办结日期")));
	}

	@Test
	void theProgressPageShowsTheHandlersBadgeNumberLinkedToItsPublicVerification() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		assertThat(listeners.await(Duration.ofSeconds(20))).as("listeners at rest").isTrue();
		String badge = BadgeUnit.admin(() -> badges.issue(new StaffId(u.handler.id()), "")).number();
		CaseFile file = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null));
		u.as("c", () -> cases.accept(file.id()));

		mvc.perform(get("/portal/progress").param("code", file.queryCode()).param("phoneLast4", "8000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("经办人工作牌号")))
			.andExpect(content().string(containsString("href=\"/portal/badges/" + badge + "\"")));
	}

	@Test
	void theRectificationsPageListsABadRatingForTheHead() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(id));
		u.as("a", () -> cases.completeStep(id, 1, "同意"));
		u.as("r", () -> cases.completeStep(id, 2, "同意"));
		u.as("h", () -> cases.completeStep(id, 3, "准予"));
		u.as("h", () -> cases.complete(id, "许可证", "X" + u.tag));
		CaseFile file = cases.caseFile(id);
		mvc.perform(post("/portal/progress/rating").with(csrf())
			.param("code", file.queryCode())
			.param("key", cases.accessKey(file.queryCode()))
			.param("overall", "1").param("efficiency", "1").param("serviceLevel", "2").param("attitude", "1")
			.param("comment", "态度差"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/cases/rectifications").with(user(u.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("态度差")));
	}

	@Test
	void ratingOnTheProgressPageRedirectsToItSoThatAReloadPostsNothingAgain() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		CaseFile file = u.completedCase(cases);
		String key = cases.accessKey(file.queryCode());
		MvcResult posted = mvc.perform(post("/portal/progress/rating").with(csrf())
			.param("code", file.queryCode())
			.param("key", key)
			.param("overall", "5").param("efficiency", "4").param("serviceLevel", "5").param("attitude", "5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/portal/progress?code=*"))
			.andReturn();

		String redirectedTo = posted.getResponse().getRedirectedUrl();
		assertThat(redirectedTo).contains(file.queryCode()).contains("key=");
		mvc.perform(get(redirectedTo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rating-thanks")))
			.andExpect(content().string(containsString(file.queryCode())))
			.andExpect(content().string(not(containsString("rating-form"))));
	}

	@Test
	void theRatingFormStartsWithNoScoreChosenAndAnUnchosenScoreIsRefusedByName() throws Exception {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		CaseFile file = u.completedCase(cases);
		String key = cases.accessKey(file.queryCode());

		String page = mvc.perform(get("/portal/progress").param("code", file.queryCode()).param("key", key))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// each of the four criteria opens on an empty, required choice; no score is selected in advance
		Matcher empty = Pattern.compile("<select [^>]*id=\"rating-\\w+\"[^>]*required[^>]*>\\s*"
				+ "<option value=\"\" selected disabled>").matcher(page);
		assertThat(empty.results().count()).isEqualTo(4);
		assertThat(page).doesNotContainPattern("<option [^>]*value=\"[1-5]\"[^>]*selected");
		mvc.perform(post("/portal/progress/rating").with(csrf())
			.param("code", file.queryCode())
			.param("key", key)
			.param("overall", "4").param("efficiency", "4").param("serviceLevel", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("各项评价须为1至5分")))
			.andExpect(content().string(containsString("rating-form")));
	}
}
