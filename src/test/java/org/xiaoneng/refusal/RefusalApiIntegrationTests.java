package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.refusal.CaseRefusals;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;
import org.xiaoneng.testing.Workbooks;

/**
 * /api/v1/refusals: filing, deciding and the register over HTTP, bad input as RFC 9457 problems, and no refused
 * state of a case without a filing that took effect.
 */
@IntegrationTest
class RefusalApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseRefusals caseRefusals;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationContext context;

	RefusalCases fixtures;

	@Autowired
	MutableClock clock;

	RefusalUnit unit;

	@BeforeEach
	void aUnitOfItsOwn() {
		clock.set(RefusalCases.MONDAY_MORNING);
		unit = new RefusalUnit(organization);
		fixtures = new RefusalCases(context);
	}

	@Test
	void aRefusalsTypedIdIsTheBareNumberInTheApiAndItsDocument() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));

		mvc.perform(get("/api/v1/refusals/{id}", refusal.id().value()).with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(refusal.id().value()));
		mvc.perform(get("/v3/api-docs").with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas['org.xiaoneng.refusal.Refusal'].properties.id.type")
				.value("integer"));
		mvc.perform(get("/api/v1/refusals/0").with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFilingWithinAuthorityTakesEffectOverTheApi() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);

		mvc.perform(post("/api/v1/refusals").with(user(unit.username("a")).roles("HANDLER")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(RefusalCases.filingJson(caseId, RefusalCases.REASONS)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("IN_EFFECT"))
			.andExpect(jsonPath("$.legalBasis[0].article").value("第三十二条"))
			.andExpect(jsonPath("$.noticeNumber").isNotEmpty());

		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.NOT_ACCEPTED);
	}

	@Test
	void aFilingWithoutReasonsIsAProblemWithTheFieldAndTheCaseStaysReceived() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);

		mvc.perform(post("/api/v1/refusals").with(user(unit.username("a")).roles("HANDLER")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(RefusalCases.filingJson(caseId, "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("reasons")));

		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.RECEIVED);
	}

	@Test
	void aHandlerApprovingTheirOwnFilingGetsAProblemInTheirLanguage() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));

		mvc.perform(post("/api/v1/refusals/{id}/decision", filed.id())
			.with(user(unit.username("a")).roles("HANDLER"))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"AGREED\",\"opinion\":\"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot decide a refusal you filed")));

		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.REFUSAL_PENDING);
	}

	@Test
	void theDeputyFindsTheFilingInTheQueueAndOverrulesItOverTheApi() throws Exception {
		long caseId = fixtures.processingCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));

		mvc.perform(get("/api/v1/refusals/queue").with(user(unit.username("d")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].refusal.id").value(filed.id().value()))
			.andExpect(jsonPath("$[0].refusal.decisionDue").value("2026-03-04"));
		mvc.perform(post("/api/v1/refusals/{id}/decision", filed.id())
			.with(user(unit.username("d")).roles("LEADER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"DISAGREED\",\"opinion\":\"请继续审查\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("OVERRULED"));

		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.PROCESSING);
	}

	@Test
	void aCaseCannotReachARefusedStateWithoutAFilingThatTookEffect() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal pending = unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));

		assertThatThrownBy(() -> caseRefusals.refusalTookEffect(new CaseId(caseId), pending.id()))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> caseRefusals.refusalTookEffect(new CaseId(caseId), new RefusalId(Long.MAX_VALUE)))
			.isInstanceOf(RuleViolationException.class);
		mvc.perform(post("/api/v1/refusals").with(user(unit.username("a")).roles("HANDLER")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(RefusalCases.filingJsonWithoutBasis(caseId)))
			.andExpect(status().is4xxClientError());

		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.REFUSAL_PENDING);
		assertThat(fixtures.state(caseId)).isNotIn(CaseState.NOT_ACCEPTED, CaseState.COMPLETED);
	}

	@Test
	void theRegisterIsExportedToExcelWithTheListsRowsAndAnotherUnitsHeadGetsNoneOfThem() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));
		RefusalUnit other = new RefusalUnit(organization);
		String unitId = String.valueOf(unit.unit.id());

		String list = mvc.perform(get("/api/v1/refusals").param("unitId", unitId)
			.with(user(unit.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> listed = com.jayway.jsonpath.JsonPath.<List<Number>>read(list, "$[*].id")
			.stream()
			.map(Number::longValue)
			.toList();
		try (var book = workbook(unitId, unit.username("h"))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + listed.size());
			assertThat(java.util.stream.IntStream.rangeClosed(1, listed.size())
				.mapToObj(row -> (long) sheet.getRow(row).getCell(0).getNumericCellValue())
				.toList()).isEqualTo(listed).hasSize(1);
			assertThat(sheet.getRow(1).getCell(14).getStringCellValue()).isEqualTo(RefusalCases.REASONS);
		}
		try (var book = workbook(unitId, other.username("h"))) {
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(1);
		}
	}

	private org.apache.poi.xssf.usermodel.XSSFWorkbook workbook(String unitId, String username) throws Exception {
		return Workbooks.downloaded(mvc, get("/api/v1/refusals/register.xlsx").param("unitId", unitId)
			.with(user(username).roles("DEPT_HEAD")));
	}
}
