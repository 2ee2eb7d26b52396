package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.xiaoneng.accountability.AccountableUnit.asSupervisor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.casework.PdfText;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * A canary complaint carried through a whole case (issue 15): whoever complained never reaches what the subject, their
 * head or their unit's leaders can see — the case, the lists, the register's export, the statistics, the decision
 * notice, the inbox, the log — while a supervisor can read it, and every such reading is audited.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ComplainantConfidentialityTests {

	/** Where a complaint's page lives: it names whoever complained, so only supervisors may be linked to it. */
	private static final String COMPLAINT_PAGE = "/inquiries/complaints/";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accountability accountability;

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ListenersAtRest listeners;

	@Test
	void theComplainantNeverReachesTheSubjectTheirHeadOrTheirLeadersWhileASupervisorReadsItAudited(
			CapturedOutput output) throws Exception {
		AccountableUnit u = new AccountableUnit(organization);
		String canary = "金丝雀" + u.tag;
		String canaryPlace = canary + "家住人民路";
		u.substantiatedComplaint(register, canary, "13712345678", "窗口推诿，投诉人" + canary + "亲历");
		settle();
		long id = asSupervisor(() -> accountability.cases(new CaseFilter(null, u.unit.id(), null, null, null,
				CaseSource.COMPLAINT, false), null, 10)).items().get(0).id();

		String asSupervisor = read("/api/v1/accountability/cases/" + id + "/complainant", "sup-" + u.tag, "SUPERVISOR");
		assertThat(asSupervisor).as("the supervisor reads who complained").contains(canary, canaryPlace);
		assertThat(audited(id)).isEqualTo(1);
		assertThat(read("/accountability/cases/" + id, "sup-" + u.tag, "SUPERVISOR"))
			.as("the supervisor's case page links back to the complaint")
			.contains(COMPLAINT_PAGE);

		send("/api/v1/accountability/cases/" + id + "/investigation", """
				{"failureType":"BUCK_PASSING","severity":"MINOR","record":"调取窗口监控，推诿属实。"}""",
				"sup-" + u.tag, "SUPERVISOR");
		send("/api/v1/accountability/cases/" + id + "/statement", """
				{"statement":"当天系统故障，并非推诿。"}""", u.username("a"), "HANDLER");
		send("/api/v1/accountability/cases/" + id + "/decision", """
				{"sanctions":["WRITTEN_SELF_CRITICISM"],"deciderStaffId":%d,"reason":"推诿属实，申辩不成立。"}"""
			.formatted(u.head.id()), "sup-" + u.tag, "SUPERVISOR");
		settle();

		List<String> seen = new ArrayList<>();
		for (String[] reader : List.of(new String[] { u.username("a"), "HANDLER" },
				new String[] { u.username("h"), "DEPT_HEAD" }, new String[] { u.username("d"), "LEADER" },
				new String[] { u.username("p"), "LEADER" })) {
			seen.add(read("/api/v1/accountability/cases?unitId=" + u.unit.id(), reader[0], reader[1]));
			seen.add(read("/api/v1/accountability/cases/" + id, reader[0], reader[1]));
			seen.add(read("/api/v1/accountability/statistics?year=" + LocalDate.now(clock).getYear(), reader[0],
					reader[1]));
			seen.add(PdfText.of(bytes("/api/v1/accountability/cases/" + id + "/notice.pdf", reader[0], reader[1])));
			String register = workbookText(bytes("/api/v1/accountability/register.xlsx?unitId=" + u.unit.id(),
					reader[0], reader[1]));
			assertThat(register).as("the register lists the case").contains(u.handler.name());
			seen.add(register);
			seen.add(read("/inbox", reader[0], reader[1]));
			MockHttpServletResponse refused = mvc
				.perform(get("/api/v1/accountability/cases/" + id + "/complainant").with(user(reader[0]).roles(reader[1])))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).as("%s asks who complained", reader[0]).isIn(403, 404);
			seen.add(refused.getContentAsString(StandardCharsets.UTF_8));
			String page = read("/accountability/cases/" + id, reader[0], reader[1]);
			assertThat(page).as("%s's case page links no complaint", reader[0]).doesNotContain(COMPLAINT_PAGE);
			seen.add(page);
		}

		assertThat(seen.get(1)).as("the subject reads the decided case").contains("WRITTEN_SELF_CRITICISM");
		assertThat(seen.get(3)).as("the subject reads the notice").contains("效能问责决定书", "责令书面检查");
		assertThat(String.join("\n", seen)).doesNotContain(canary, "13712345678", "1371234");
		assertThat(output.getAll()).as("the log").doesNotContain(canary, "13712345678");
		assertThat(audited(id)).as("only the supervisor's reading").isEqualTo(1);
	}

	private long audited(long caseId) {
		return jdbc.sql("""
				select count(*) from audit.entry where module = 'accountability' and action = 'complainant.viewed'
				and object_id = :id""")
			.param("id", String.valueOf(caseId))
			.query(Long.class)
			.single();
	}

	private String read(String path, String username, String role) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(username).roles(role))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("%s as %s", path, username).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] bytes(String path, String username, String role) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(username).roles(role))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("%s as %s", path, username).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	private void send(String path, String json, String username, String role) throws Exception {
		MockHttpServletResponse response = mvc.perform(post(path).with(user(username).roles(role)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s as %s: %s", path, username,
				response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
	}

	private static String workbookText(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					text.append(formatter.formatCellValue(cell)).append('\t');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	private void settle() {
		assertThat(listeners.await(Duration.ofSeconds(10))).as("listeners came to rest").isTrue();
	}
}
