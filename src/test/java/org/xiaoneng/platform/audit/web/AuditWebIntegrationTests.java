package org.xiaoneng.platform.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.testing.IntegrationTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Auditors and supervisors verify the chain and read the log; nobody else may.
 */
@IntegrationTest
class AuditWebIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;


	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void anAuditorVerifiesTheChainThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/audit/verify"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.firstBrokenEntry").value(nullValue()))
			.andExpect(jsonPath("$.chainedEntries").isNumber())
			.andExpect(jsonPath("$.unchainedOlderThanOneMinute").isNumber())
			.andExpect(jsonPath("$.verifiedAt").isString());
	}

	@Test
	@WithMockUser(username = "supervisor", roles = "SUPERVISOR")
	void aSupervisorMayVerifyTheChain() throws Exception {
		mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(username = "handler", roles = "HANDLER")
	void aHandlerMayNotVerifyTheChain() throws Exception {
		mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isForbidden());
	}

	@Test
	void nobodyVerifiesTheChainWithoutSigningIn() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void archivingWithinTheRetentionPeriodIsRefusedWithAProblemInTheCallersLanguage() throws Exception {
		String tooRecent = LocalDate.now(clock).minusDays(30).toString();

		mvc.perform(post("/api/v1/audit/archive").param("before", tooRecent).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未满留存期限"))
			.andExpect(jsonPath("$.detail").value(containsString("184")))
			.andExpect(jsonPath("$.latestAllowed").value(LocalDate.now(clock).minusDays(184).toString()));
		mvc.perform(post("/api/v1/audit/archive").param("before", tooRecent).header("Accept-Language", "en").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Retention period not over"))
			.andExpect(jsonPath("$.detail").value(containsString("at least 184 days")));
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void aMalformedCutOffIsAFieldErrorInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/v1/audit/archive").param("before", "next spring").header("Accept-Language", "en")
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("before"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a valid cut-off day (year-month-day)."));
	}

	@Test
	@WithMockUser(username = "supervisor", roles = "SUPERVISOR")
	void onlyAnAuditorMayArchive() throws Exception {
		mvc.perform(post("/api/v1/audit/archive").param("before", "2020-01-01").with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void theAuditPageListsEntriesWithTheirChainStatusAndTheVerifyButton() throws Exception {
		String caseId = newObjectId();
		log.record(AuditEntry.of("casework", "case.accepted", caseId));

		// by its object: other tests may have written later entries (some with a clock years ahead) before this one
		mvc.perform(get("/audit").param("objectId", caseId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"audit-table\"")))
			.andExpect(content().string(containsString("id=\"audit-verify\"")))
			.andExpect(content().string(containsString("id=\"audit-archive\"")))
			.andExpect(content().string(containsString(caseId)));
	}

	@Test
	@WithMockUser(username = "supervisor", roles = "SUPERVISOR")
	void aSupervisorReadsTheAuditPageButCannotArchive() throws Exception {
		mvc.perform(get("/audit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-table\"")))
			.andExpect(content().string(not(containsString("id=\"audit-archive\""))));
	}

	@Test
	@WithMockUser(username = "handler", roles = "HANDLER")
	void aHandlerMayNotReadTheAuditPage() throws Exception {
		mvc.perform(get("/audit")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void filteringThroughHtmxReturnsOnlyTheMatchingRows() throws Exception {
		String wanted = newObjectId();
		String other = newObjectId();
		log.record(AuditEntry.of("casework", "case.accepted", wanted));
		log.record(AuditEntry.of("casework", "case.accepted", other));

		mvc.perform(get("/audit").param("objectId", wanted).param("module", "casework").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"audit-table\"")))
			.andExpect(content().string(containsString(wanted)))
			.andExpect(content().string(not(containsString(other))))
			.andExpect(content().string(containsString("共 1 条记录")));
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void aReversedDateRangeIsExplainedInsteadOfSearched() throws Exception {
		mvc.perform(get("/audit").param("from", "2026-03-02").param("to", "2026-03-01").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The start date cannot be after the end date.")))
			.andExpect(content().string(not(containsString("id=\"audit-table\""))));
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void anInvalidDateIsExplainedInsteadOfSearched() throws Exception {
		mvc.perform(get("/audit").param("from", "2026-13-45").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起始日期格式无效")))
			.andExpect(content().string(not(containsString("id=\"audit-table\""))));
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void theVerifyButtonShowsTheResultInPlace() throws Exception {
		mvc.perform(post("/audit/verify").header("HX-Request", "true").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"audit-verification\"")))
			.andExpect(content().string(containsString("哈希链完整")));
	}

	@Test
	@WithMockUser(username = "auditor", roles = "AUDITOR")
	void archivingFromThePageWithinTheRetentionPeriodShowsTheRule() throws Exception {
		mvc.perform(post("/audit/archive").param("before", LocalDate.now(clock).toString()).header("HX-Request", "true")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("至少保存 184 天")));
	}

	@Test
	void theAuditPageIsInTheNavigationOfAuditorsAndSupervisors(@Autowired ApplicationContext beans) {
		assertThat(beans.getBeansOfType(MenuEntry.class).values())
			.contains(new MenuEntry("nav.audit", "/audit", java.util.Set.of("AUDITOR", "SUPERVISOR"), 90, WorkArea.SYSTEM));
	}

	/**
	 * A unique object id without digits: the audit log masks what looks like a phone or ID number in every text it
	 * stores, and a random UUID's digits now and then do (a segment of twelve digits starting 13…19).
	 */
	private static String newObjectId() {
		return "case-" + UUID.randomUUID()
			.toString()
			.chars()
			.map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
	}
}
