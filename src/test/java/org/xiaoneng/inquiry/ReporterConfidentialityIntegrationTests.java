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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.notification.InboxMessage;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;

/**
 * 纪检监察机关处理检举控告工作规则 第四十七条: a unique marker planted in a report's identity fields (name,
 * organisation, address, phone) appears in no page, API response, Excel export, notice, notification or log line
 * that a non-supervisor can reach, while a supervisor who asks for it sees it, audited.
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

	@Test
	void aReportersIdentityReachesNoNonSupervisorAndNoLogLine(CapturedOutput output) throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		String marker = "Zq" + u.tag + "Mk";
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

		// a real-name report taken at the window about the food department, the reporter's identity all marked
		Inquiry atWindow = u.as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.VISIT, null,
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
		List<Inquiry> reports = u.as("s", "SUPERVISOR", () -> register.complaintQueue(true))
			.stream()
			.filter(i -> i.unitId() == u.unit.id())
			.toList();
		assertThat(reports).hasSize(3);

		List<String> seen = new ArrayList<>();
		for (Viewer viewer : List.of(new Viewer(u.username("c"), "WINDOW_CLERK"), new Viewer(u.username("f"), "HANDLER"),
				new Viewer(u.username("fh"), "DEPT_HEAD"), new Viewer(u.username("p"), "LEADER"),
				new Viewer("inquiry-admin", "ADMIN"), new Viewer("inquiry-auditor", "AUDITOR"))) {
			RequestPostProcessor as = user(viewer.username()).roles(viewer.role());
			for (String path : List.of("/inquiries/mine", "/inquiries/department?department=" + u.food.id(),
					"/inquiries/register", "/inquiries/register?unit=" + u.unit.id(), "/inquiries/complaints",
					"/api/v1/inquiries", "/api/v1/inquiries/mine/taken-first", "/api/v1/inquiries/mine/following",
					"/api/v1/inquiries/mine/assigned", "/api/v1/inquiries/departments/" + u.food.id(),
					"/api/v1/inquiries/complaints", "/audit", "/audit?module=inquiry", "/inbox")) {
				seen.add(body(path, as));
			}
			for (Inquiry report : reports) {
				seen.add(body("/inquiries/" + report.id(), as));
				seen.add(body("/inquiries/complaints/" + report.id() + "?identity=true", as));
				seen.add(body("/api/v1/inquiries/" + report.id(), as));
				seen.add(body("/api/v1/inquiries/complaints/" + report.id() + "/identity", as));
				seen.add(body("/portal/inquiries/status?code=" + report.queryCode(), as));
				seen.add(body("/api/v1/public/inquiries/" + report.queryCode(), as));
			}
			seen.add(excel(mvc.perform(get("/inquiries/register/export?unit=" + u.unit.id()).with(as))
				.andReturn().getResponse().getContentAsByteArray()));
			notifications.inbox(viewer.username()).stream().map(InboxMessage::toString).forEach(seen::add);
		}
		for (String who : List.of("c", "f", "fh", "fb", "fi", "r", "rh", "p")) {
			notifications.inbox(u.username(who)).forEach(message -> seen.add(message.subject() + message.body()));
		}

		assertThat(seen).isNotEmpty().allSatisfy(text -> {
			assertThat(text).doesNotContain(marker);
			assertThat(text).doesNotContain(phone);
		});
		assertThat(output.getAll()).doesNotContain(marker).doesNotContain(phone);

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

	private record Viewer(String username, String role) {
	}

	private String body(String path, RequestPostProcessor as) throws Exception {
		return mvc.perform(get(path).with(as)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
