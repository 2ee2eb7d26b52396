package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Cell;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.access.AccessMatrix;
import org.xiaoneng.access.AccessMatrix.Caller;
import org.xiaoneng.casework.PdfText;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.notification.InboxMessage;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;

/**
 * 纪检监察机关处理检举控告工作规则 第四十七条: a unique marker planted in the identity fields (name, organisation,
 * address, phone) of reports and complaints, real-name and anonymous, taken at the window, on the portal and through
 * the API, appears in no page, API response, Excel export, PDF, notification, outbox message or log line that a
 * non-supervisor can reach (every read endpoint of the access matrix, issue 13 campaign item c), while a supervisor
 * who asks for it sees it, audited.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ReporterConfidentialityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cryptography cryptography;

	@Test
	void aReportersIdentityReachesNoNonSupervisorAndNoLogLine(CapturedOutput output) throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		String marker = "Zq" + u.tag + "Mk";
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		String anonymousPhone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

		// a real-name report taken at the window about the food department, the reporter's identity all marked
		RegisterEntry atWindow = u.as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.VISIT, null,
				"举报人" + marker, "公司" + marker, phone, "住址" + marker, InquiryCategory.REPORT,
				"食品科检查人员吃拿卡要", "检查时索要好处。", List.of(), null, null, u.food.id(), u.foodHandler.id(), null), null));
		// and a real-name report through the public portal, by form
		mvc.perform(post("/portal/inquiries/new").with(csrf()).with(from("198.51.100.7"))
			.param("category", "REPORT")
			.param("unitId", String.valueOf(u.unit.id()))
			.param("subject", "食品科抽检走过场")
			.param("content", "抽检只拍照不取样。")
			.param("name", "网友" + marker)
			.param("phone", phone));
		// and one through the public API
		mvc.perform(post("/api/v1/public/inquiries").with(from("198.51.100.8")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + u.unit.id() + ",\"category\":\"COMPLAINT\",\"subject\":\"窗口推诿\","
					+ "\"content\":\"让我跑了三趟。\",\"name\":\"投诉人" + marker + "\",\"phone\":\"" + phone + "\"}"));
		// and an anonymous report through the portal, known by its phone alone
		mvc.perform(post("/portal/inquiries/new").with(csrf()).with(from("198.51.100.9"))
			.param("category", "REPORT")
			.param("unitId", String.valueOf(u.unit.id()))
			.param("subject", "食品科执法不公")
			.param("content", "同样的问题罚款不同。")
			.param("phone", anonymousPhone));
		List<RegisterEntry> reports = u.as("s", "SUPERVISOR", () -> register.complaintQueue(true))
			.stream()
			.filter(i -> i.unitId() == u.unit.id())
			.toList();
		assertThat(reports).hasSize(4);

		// every page, API answer, export and PDF the matrix declares for reading, as each role but the supervisor
		// may ask for it (the unit complained about included), pointed at each report and at the food department
		AccessMatrix matrix = AccessMatrix.load();
		List<String> seen = new ArrayList<>();
		for (Viewer viewer : List.of(new Viewer(null, Caller.ANONYMOUS),
				new Viewer(u.username("c"), Caller.WINDOW_CLERK), new Viewer(u.username("f"), Caller.HANDLER),
				new Viewer(u.username("fh"), Caller.DEPT_HEAD), new Viewer(u.username("p"), Caller.LEADER),
				new Viewer("inquiry-admin", Caller.ADMIN), new Viewer("inquiry-auditor", Caller.AUDITOR),
				new Viewer("inquiry-secadmin", Caller.SECURITY_ADMIN),
				new Viewer("inquiry-editor", Caller.DISCLOSURE_EDITOR))) {
			Set<String> paths = new TreeSet<>(List.of("/inquiries/register?unit=" + u.unit.id(),
					"/inquiries/register/export?unit=" + u.unit.id(), "/audit?module=inquiry"));
			for (RegisterEntry report : reports) {
				Map<String, String> resources = Map.of("unit", String.valueOf(u.unit.id()), "department",
						String.valueOf(u.food.id()), "post", String.valueOf(u.foodHandling.id()), "staff",
						String.valueOf(u.foodHandler.id()), "inquiry", String.valueOf(report.id()), "complaint",
						String.valueOf(report.id()), "code", report.queryCode());
				paths.add("/inquiries/complaints/" + report.id() + "?identity=true");
				matrix.endpoints()
					.stream()
					.filter(endpoint -> endpoint.isRead() && !endpoint.signIn()
							&& endpoint.roles().contains(viewer.role()))
					.forEach(endpoint -> paths.add(AccessMatrix.target(endpoint, resources)));
			}
			for (String path : paths) {
				seen.add(text(path, viewer));
			}
			if (viewer.username() != null) {
				notifications.inbox(viewer.username()).stream().map(InboxMessage::toString).forEach(seen::add);
			}
		}
		for (String who : List.of("c", "f", "fh", "fb", "fi", "r", "rh", "p")) {
			notifications.inbox(u.username(who)).forEach(message -> seen.add(message.subject() + message.body()));
		}
		// the outbox of texts and mails, whoever they are for
		seen.addAll(jdbc.sql("select subject, body_encrypted, recipient_masked from notification.message")
			.query((rs, n) -> rs.getString("subject") + " " + cryptography.decrypt(rs.getString("body_encrypted")) + " "
					+ rs.getString("recipient_masked"))
			.list());

		assertThat(seen).hasSizeGreaterThan(1_000).allSatisfy(text -> {
			assertThat(text).doesNotContain(marker);
			assertThat(text).doesNotContain(phone).doesNotContain(anonymousPhone);
		});
		assertThat(output.getAll()).doesNotContain(marker).doesNotContain(phone).doesNotContain(anonymousPhone);

		// the test can fail: a supervisor who asks sees the identity, and that view is audited
		String supervisorView = body("/inquiries/complaints/" + atWindow.id() + "?identity=true",
				user(u.username("s")).roles("SUPERVISOR"));
		assertThat(supervisorView).contains("举报人" + marker).contains(phone);
		String audit = body("/audit?module=inquiry&objectId=" + atWindow.id(),
				user("inquiry-auditor").roles("AUDITOR"));
		assertThat(audit).contains("identity.viewed").doesNotContain(marker);
		assertThat(output.getAll()).doesNotContain(marker);
	}

	/** A client address of its own, so that the portal's rate limit of other tests does not count this one. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address + "." + ThreadLocalRandom.current().nextInt(1_000_000));
			return request;
		};
	}

	/** Who reads: a role, and the user name playing it ({@code null} for a visitor who is not signed in). */
	private record Viewer(String username, Caller role) {
	}

	private String body(String path, RequestPostProcessor as) throws Exception {
		return mvc.perform(get(path).with(as)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** What the viewer reads at the path: the text of a page or an answer, of a workbook's cells, of a PDF's pages. */
	private String text(String path, Viewer viewer) throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(from("198.51.100.10"));
		if (viewer.username() != null) {
			request.with(user(viewer.username()).roles(viewer.role().name()));
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String type = Objects.requireNonNullElse(response.getContentType(), "");
		if (response.getStatus() == 200 && type.contains("spreadsheetml")) {
			return excel(response.getContentAsByteArray());
		}
		if (response.getStatus() == 200 && type.contains("pdf")) {
			return PdfText.of(response.getContentAsByteArray());
		}
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String excel(byte[] workbook) throws Exception {
		if (workbook.length == 0) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			for (Row row : book.getSheetAt(0)) {
				for (Cell cell : row) {
					text.append(cell.toString()).append('|');
				}
			}
		}
		assertThat(text).isNotEmpty();
		return text.toString();
	}
}
