package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/** The refusal pages: the form from a case, its message on bad input, the register, the summary, the return form. */
@IntegrationTest
class RefusalPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

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
	void theFilingFormOffersTheItemsLegalBasisAndNamesTheDecidingLeader() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);

		mvc.perform(get("/refusals/new").param("caseId", String.valueOf(caseId))
			.with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("《中华人民共和国行政许可法》第三十二条")))
			.andExpect(content().string(containsString(unit.deputy.name())));
	}

	@Test
	void aFormWithoutReasonsComesBackWithItsMessageAndTheCaseStaysReceived() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);

		mvc.perform(post("/refusals").with(user(unit.username("a")).roles("HANDLER"))
			.with(csrf())
			.param("caseId", String.valueOf(caseId))
			.param("circumstances", "申请人申请设立登记")
			.param("reasons", "")
			.param("itemBasis", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写否定理由")))
			.andExpect(content().string(containsString("申请人申请设立登记")));

		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.RECEIVED);
	}

	@Test
	void aFilingFromTheFormLeadsToItsPageWithTheNotice() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);

		String page = mvc.perform(post("/refusals").with(user(unit.username("a")).roles("HANDLER"))
			.with(csrf())
			.param("caseId", String.valueOf(caseId))
			.param("circumstances", "申请人申请设立登记")
			.param("reasons", RefusalCases.REASONS)
			.param("itemBasis", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		mvc.perform(get(page).with(user(unit.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已生效")))
			.andExpect(content().string(containsString("notice.pdf")));
	}

	@Test
	void theRegisterTheQueueAndTheSummaryShowTheFiling() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.DEPUTY_LEADER);
		Refusal filed = unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));

		mvc.perform(get("/refusals").param("unitId", String.valueOf(unit.unit.id()))
			.with(user(unit.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(filed.caseReference())))
			.andExpect(content().string(containsString("待领导决定")));
		mvc.perform(get("/refusals/queue").with(user(unit.username("d")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-03-04")));
		mvc.perform(get("/refusals/summary").param("month", "2026-03")
			.with(user(unit.username("h")).roles("DEPT_HEAD")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记注册科")));
	}

	@Test
	void materialsAreReturnedAgainstAScannedSlip() throws Exception {
		long caseId = fixtures.receivedCase(unit, RefusalAuthority.HANDLER);
		Refusal refusal = unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));

		mvc.perform(multipart("/refusals/{id}/return", refusal.id())
			.file(new MockMultipartFile("scannedSlip", "slip.png", "image/png", RefusalCases.PNG))
			.param("materials", "住所使用证明")
			.param("collectorName", "张三")
			.param("collectorIdNumber", RefusalCases.APPLICANT_ID)
			.param("signatureKind", "SCANNED")
			.with(user(unit.username("a")).roles("HANDLER"))
			.with(csrf()))
			.andExpect(redirectedUrl("/refusals/" + refusal.id()));

		assertThat(fixtures.refusals().materialReturnOf(refusal.id())).hasValueSatisfying(
				returned -> assertThat(returned.signatureKind()).isEqualTo(SignatureKind.SCANNED));
	}
}
