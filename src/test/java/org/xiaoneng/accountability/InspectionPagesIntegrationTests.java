package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.xiaoneng.accountability.AccountableUnit.asSupervisor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The inspection pages and API for supervisors: the list and an inspection's page show its finding, evidence that is
 * not a photo or PDF comes back with its message in the caller's language and nothing is kept, a second signature is
 * refused with its message, and opening the finding's case leads to the case.
 */
@IntegrationTest
class InspectionPagesIntegrationTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	Inspections inspections;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aSupervisorRecordsEvidenceASignatureAndACaseOnTheInspectionsPageAndBadInputComesBackWithItsMessage()
			throws Exception {
		AccountableUnit u = new AccountableUnit(organization);
		String supervisor = "sup-" + u.tag;
		long inspection = asSupervisor(() -> inspections.record(InspectionKind.UNANNOUNCED,
				LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)), u.unit.id(), List.of(new StaffId(u.principal.id())),
				"登记注册科窗口" + u.tag))
			.id();
		long finding = asSupervisor(() -> inspections.find(inspection, u.handler.id(), null, "SBZ-6", "在岗玩手机"))
			.findings()
			.get(0)
			.id();

		assertThat(page("/accountability/inspections", supervisor)).contains("登记注册科窗口" + u.tag, u.unit.name());
		assertThat(page("/accountability/inspections/" + inspection, supervisor)).contains(u.handler.name(), "SBZ-6",
				"在岗玩手机");

		MvcResult script = mvc.perform(multipart("/accountability/inspections/findings/" + finding + "/evidence")
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "#!/bin/sh\n".getBytes()))
			.param("inspection", String.valueOf(inspection))
			.with(user(supervisor).roles("SUPERVISOR"))
			.with(csrf())).andReturn();
		assertThat(script.getFlashMap().get("error")).isEqualTo("accountability.error.evidenceRefused");
		MvcResult photo = mvc.perform(multipart("/accountability/inspections/findings/" + finding + "/evidence")
			.file(new MockMultipartFile("file", "window.png", "application/octet-stream", PNG))
			.param("inspection", String.valueOf(inspection))
			.with(user(supervisor).roles("SUPERVISOR"))
			.with(csrf())).andReturn();
		assertThat(photo.getFlashMap().get("error")).isNull();
		assertThat(jdbc.sql("select content_type from accountability.inspection_evidence where finding_id = :id")
			.param("id", finding)
			.query(String.class)
			.list()).containsExactly("image/png");

		assertThat(sign(finding, inspection, supervisor, "ACKNOWLEDGED").getFlashMap().get("error")).isNull();
		assertThat(sign(finding, inspection, supervisor, "REFUSED").getFlashMap().get("error"))
			.isEqualTo("accountability.error.findingSigned");

		MvcResult opened = mvc.perform(post("/accountability/inspections/findings/" + finding + "/case")
			.param("inspection", String.valueOf(inspection))
			.with(user(supervisor).roles("SUPERVISOR"))
			.with(csrf())).andReturn();
		long caseId = asSupervisor(() -> inspections.inspection(inspection)).findings().get(0).caseId();
		assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/accountability/cases/" + caseId);

		String findingPage = "/accountability/inspections/findings/" + finding;
		assertThat(page("/accountability/cases/" + caseId, supervisor)).as("the case links back to its finding")
			.contains(findingPage, "SBZ-6");
		assertThat(mvc.perform(get(findingPage).with(user(supervisor).roles("SUPERVISOR")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/accountability/inspections/" + inspection + "#finding-" + finding);
		assertThat(page("/accountability/inspections", supervisor)).as("the inspectors are named")
			.contains(u.principal.name());
		MockHttpServletResponse asSubject = mvc
			.perform(get("/accountability/cases/" + caseId).with(user(u.username("a")).roles("HANDLER")))
			.andReturn()
			.getResponse();
		assertThat(asSubject.getStatus()).isEqualTo(200);
		assertThat(asSubject.getContentAsString(StandardCharsets.UTF_8)).as("the subject is not sent to the inspection")
			.doesNotContain(findingPage);
	}

	@Test
	void theApiRefusesEvidenceThatIsNotAPhotoOrPdfWithAMessageInTheCallersLanguage() throws Exception {
		AccountableUnit u = new AccountableUnit(organization);
		long inspection = asSupervisor(() -> inspections.record(InspectionKind.PLANNED,
				LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)), u.unit.id(), List.of(new StaffId(u.principal.id())),
				"窗口")).id();
		long finding = asSupervisor(() -> inspections.find(inspection, u.handler.id(), null, "SBZ-6", "空岗"))
			.findings()
			.get(0)
			.id();

		for (Locale locale : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH }) {
			MockHttpServletResponse refused = mvc
				.perform(multipart("/api/v1/accountability/inspections/findings/" + finding + "/evidence")
					.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "MZ\u0090\u0000".getBytes()))
					.header(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag())
					.with(user("sup-" + u.tag).roles("SUPERVISOR"))
					.with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(400);
			assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
				.contains(locale == Locale.ENGLISH ? "Evidence must be a JPEG or PNG photo" : "证据只能是 JPEG 或 PNG 照片");
		}
		assertThat(jdbc.sql("select count(*) from accountability.inspection_evidence where finding_id = :id")
			.param("id", finding)
			.query(Integer.class)
			.single()).isZero();
	}

	private MvcResult sign(long finding, long inspection, String supervisor, String acknowledgement)
			throws Exception {
		return mvc.perform(post("/accountability/inspections/findings/" + finding + "/signature")
			.param("inspection", String.valueOf(inspection))
			.param("acknowledgement", acknowledgement)
			.param("note", "见证人李干事")
			.with(user(supervisor).roles("SUPERVISOR"))
			.with(csrf())).andReturn();
	}

	private String page(String path, String username) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(username).roles("SUPERVISOR")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
