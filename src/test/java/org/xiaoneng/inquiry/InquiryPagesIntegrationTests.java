package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.inquiry.ReporterConfidentialityIntegrationTests.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;

/** The inquiry pages and APIs: the quick form, the paths, the lists, the register's export, the portal and its limit. */
@IntegrationTest
class InquiryPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryRegister register;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Notifications notifications;

	@Test
	void aClerkRegistersAPhoneConsultationAnsweredOnTheSpotFromTheQuickForm() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RequestPostProcessor clerk = user(u.username("c")).roles("WINDOW_CLERK");
		mvc.perform(get("/inquiries/new").with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("inquiry-form")));
		mvc.perform(post("/inquiries").with(csrf()).with(clerk)
			.param("channel", "PHONE")
			.param("category", "CONSULTATION")
			.param("subject", "个体户年报在哪里填")
			.param("visitorName", "王五")
			.param("phone", "13900139000")
			.param("materialName", "营业执照复印件")
			.param("materialCount", "1")
			.param("path", "answer")
			.param("answer", "登录国家企业信用信息公示系统填报。"))
			.andExpect(redirectedUrlPattern("/inquiries/*"));
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.takenFirst(null).rows()).get(0);
		assertThat(inquiry.closed()).isTrue();
		assertThat(inquiry.materials()).containsExactly(new ReceivedMaterial("营业执照复印件", 1));
		mvc.perform(get("/inquiries/{id}", inquiry.id()).with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已办结")))
			.andExpect(content().string(containsString("13900139000")));
		mvc.perform(get("/inquiries/mine").with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(inquiry.queryCode())))
			.andExpect(content().string(containsString("139****9000")));
	}

	@Test
	void theQuickFormWithoutACategoryComesBackWithTheMessageAndRegistersNothing() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		mvc.perform(post("/inquiries").with(csrf()).with(user(u.username("c")).roles("WINDOW_CLERK"))
			.param("channel", "PHONE")
			.param("subject", "没有类别")
			.param("path", "keep"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择类别")))
			.andExpect(content().string(containsString("没有类别")));
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.takenFirst(null).rows())).isEmpty();
	}

	@Test
	void aHandOverToTheSamePostFromTheInquiryPageShowsTheMessage() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("转给原岗位"),
				new NextStep.HandOver(u.registrationHandling.id(), null)));
		RequestPostProcessor handler = user(u.username("r")).roles("HANDLER");
		mvc.perform(post("/inquiries/{id}/handover", inquiry.id()).with(csrf()).with(handler)
			.param("postId", String.valueOf(u.registrationHandling.id())))
			.andExpect(redirectedUrlPattern("/inquiries/*"))
			.andExpect(flash().attribute("error", "inquiry.samePost"));
		assertThat(u.as("r", "HANDLER", () -> register.inquiry(new InquiryId(inquiry.id()))).handOvers()).isEqualTo(1);
	}

	@Test
	void aDeputyLeadersDepartmentListOpensOnADepartmentTheyOversee() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		InquiryUnit.asAdmin(() -> {
			organization.appointDeputyLeader(new UnitId(u.unit.id()), new StaffId(u.supervisor.id()),
					List.of(new DepartmentId(u.food.id())));
			return null;
		});
		u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("分管股室" + u.tag),
				new NextStep.HandOver(u.foodHandling.id(), null)));

		mvc.perform(get("/inquiries/department").with(user(u.username("s")).roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(u.food.name())))
			.andExpect(content().string(containsString("分管股室" + u.tag)));
	}

	@Test
	void theDepartmentHeadFiltersTheRegisterAndExportsItToExcel() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		u.as("c", "WINDOW_CLERK", () -> register.register(u.consultation("台账导出" + u.tag),
				new NextStep.HandOver(u.foodHandling.id(), null)));
		RequestPostProcessor head = user(u.username("fh")).roles("DEPT_HEAD");
		mvc.perform(get("/inquiries/register").with(head).param("text", "台账导出" + u.tag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("台账导出" + u.tag)));
		mvc.perform(get("/inquiries/department").with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("台账导出" + u.tag)));
		byte[] workbook = mvc.perform(get("/inquiries/register/export").with(head).param("text", "台账导出" + u.tag))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("inquiries.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("台账导出" + u.tag);
		}
		mvc.perform(get("/inquiries/register/export").with(head).param("from", "2026-13-45"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/inquiries/register").with(head).param("from", "2026-13-45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式不正确")));
	}

	@Test
	void anApplicationIntentOffersTheItemsGuideAndSendsItsLinkBySms() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		ServiceItem item = u.publishedItem(catalog, "个体工商户设立登记" + u.tag);
		RequestPostProcessor clerk = user(u.username("c")).roles("WINDOW_CLERK");
		mvc.perform(get("/inquiries/items").with(clerk).param("q", "个体工商户设立登记" + u.tag))
			.andExpect(content().string(containsString("value=\"" + item.id() + "\"")));
		RegisterEntry inquiry = u.as("c", "WINDOW_CLERK", () -> register.register(new NewInquiry(InquiryChannel.VISIT, null,
				"赵六", null, "13700137000", null, InquiryCategory.APPLICATION_INTENT, "想开个小卖部", null,
				java.util.List.of(), null, null, null, null, item.id()), null));
		mvc.perform(get("/inquiries/{id}", inquiry.id()).with(clerk))
			.andExpect(content().string(containsString("/portal/items/" + item.id())))
			.andExpect(content().string(containsString("/cases/intake?itemId=" + item.id())));
		mvc.perform(post("/inquiries/{id}/guide-sms", inquiry.id()).with(csrf()).with(clerk))
			.andExpect(redirectedUrlPattern("/inquiries/*"));
		assertThat(u.as("c", "WINDOW_CLERK", () -> register.stepsOf(new InquiryId(inquiry.id()))))
			.anySatisfy(step -> assertThat(step.kind()).isEqualTo(StepKind.GUIDE_SENT));
	}

	@Test
	void anAnonymousReportFromThePortalReachesTheSupervisorsQueueAndItsStatusPageShowsNoPersonalData()
			throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		mvc.perform(get("/portal/inquiries/new")).andExpect(status().isOk())
			.andExpect(content().string(containsString("portal-form")));
		String statusPage = mvc.perform(post("/portal/inquiries/new").with(csrf()).with(from("192.0.2.1"))
			.param("category", "REPORT")
			.param("unitId", String.valueOf(u.unit.id()))
			.param("subject", "匿名举报" + u.tag)
			.param("content", "有人收红包。")
			.param("anonymous", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		RegisterEntry report = u.as("s", "SUPERVISOR", () -> register.complaintQueue(true))
			.stream()
			.filter(i -> i.subject().equals("匿名举报" + u.tag))
			.findFirst()
			.orElseThrow();
		assertThat(report.anonymous()).isTrue();
		assertThat(statusPage).contains(report.queryCode());
		mvc.perform(get("/inquiries/complaints").with(user(u.username("s")).roles("SUPERVISOR")))
			.andExpect(content().string(containsString("匿名举报" + u.tag)));
		mvc.perform(get("/portal/inquiries/status").param("code", report.queryCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("效能监督受理中")));
		mvc.perform(get("/inquiries/register").with(user(u.username("fh")).roles("DEPT_HEAD")))
			.andExpect(content().string(not(containsString("匿名举报" + u.tag))));
	}

	@Test
	void portalFloodingFromOneAddressGetsAClearMessageAndTheApiA429Problem() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		String address = "192.0.2.99";
		RequestPostProcessor flooder = request -> {
			request.setRemoteAddr(address + u.tag);
			return request;
		};
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/public/inquiries").with(flooder).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\":" + u.unit.id() + ",\"category\":\"CONSULTATION\",\"subject\":\"问" + i
						+ "\",\"content\":\"内容\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.queryCode").isNotEmpty());
		}
		mvc.perform(post("/api/v1/public/inquiries").with(flooder).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + u.unit.id() + ",\"category\":\"CONSULTATION\",\"subject\":\"again\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.detail").value("Too many submissions; please try again in 10 minutes."));
		mvc.perform(post("/portal/inquiries/new").with(csrf()).with(flooder)
			.param("category", "CONSULTATION")
			.param("unitId", String.valueOf(u.unit.id()))
			.param("subject", "再问一次"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("提交过于频繁，请 10 分钟后再试")));
	}

	@Test
	void thePortalFormRedirectsToTheStatusPageSoThatAReloadFilesNothingAgain() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		MvcResult posted = mvc.perform(post("/portal/inquiries/new").with(csrf()).with(from("192.0.2.3"))
			.param("category", "COMPLAINT")
			.param("unitId", String.valueOf(u.unit.id()))
			.param("subject", "重载投诉" + u.tag)
			.param("content", "窗口推诿。")
			.param("name", "王五")
			.param("phone", "13800005678"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/portal/inquiries/status?code=*"))
			.andReturn();
		String queryCode = register.status(posted.getResponse().getRedirectedUrl().replaceFirst(".*code=(\\w+).*", "$1"))
			.queryCode();

		// the page after the post shows the outcome; reloading it is a GET of the status
		mvc.perform(get(posted.getResponse().getRedirectedUrl()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("portal-submitted")))
			.andExpect(content().string(containsString(queryCode)));
		mvc.perform(get(posted.getResponse().getRedirectedUrl()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(queryCode)));

		assertThat(u.as("s", "SUPERVISOR", () -> register.complaintQueue(true)))
			.filteredOn(i -> i.subject().equals("重载投诉" + u.tag))
			.hasSize(1);
	}

	@Test
	void thePortalFormTakesTheBadgeNumberFromTheBadgePageAndRefusesAnUnknownOneWithAClearMessage()
			throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		mvc.perform(get("/portal/inquiries/new").param("unitId", String.valueOf(u.unit.id()))
			.param("category", "COMPLAINT")
			.param("badgeNumber", "520999-00042"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"520999-00042\"")));
		mvc.perform(post("/portal/inquiries/new").with(csrf()).with(from("192.0.2.77"))
			.param("category", "COMPLAINT")
			.param("unitId", String.valueOf(u.unit.id()))
			.param("subject", "无此牌号" + u.tag)
			.param("content", "态度差")
			.param("name", "李四")
			.param("phone", "13800001234")
			.param("badgeNumber", "000000-00000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("登记册中没有这个工作牌号")));
		assertThat(u.as("s", "SUPERVISOR", () -> register.complaintQueue(true)))
			.noneMatch(i -> i.subject().equals("无此牌号" + u.tag));
	}

	@Test
	void aComplaintWithoutContentThroughThePublicApiIsA400Problem() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		mvc.perform(post("/api/v1/public/inquiries").with(from("192.0.2.50")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + u.unit.id() + ",\"category\":\"COMPLAINT\",\"subject\":\"投诉\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inquiry.required.content"));
	}

	@Test
	void theStaffApiRegistersAndHandsOverAndRefusesAReferralWithoutAnAuthority() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RequestPostProcessor clerk = user(u.username("c")).roles("WINDOW_CLERK");
		String body = mvc.perform(post("/api/v1/inquiries").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"inquiry\":{\"channel\":\"PHONE\",\"category\":\"QUERY\",\"subject\":\"查询办件进度\"},"
					+ "\"path\":{\"kind\":\"HANDOVER\",\"postId\":" + u.foodHandling.id() + "}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.handlerId").value(u.foodHandler.id()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/v1/inquiries/{id}/path", id).with(user(u.username("f")).roles("HANDLER")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"REFER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("inquiry.authorityRequired"));
		mvc.perform(get("/api/v1/inquiries/mine/following").with(clerk))
			.andExpect(jsonPath("$.rows[0].id").value(id));
	}

	@Test
	void anUnknownOutcomePathIsABadRequestNamingThePathsAndRegistersNothing() throws Exception {
		InquiryUnit u = new InquiryUnit(organization, substitutes);
		RequestPostProcessor clerk = user(u.username("c")).roles("WINDOW_CLERK");

		mvc.perform(post("/api/v1/inquiries").with(clerk).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"inquiry\":{\"channel\":\"PHONE\",\"category\":\"QUERY\",\"subject\":\"查询办件进度\"},"
					+ "\"path\":{\"kind\":\"HAND_OVER\",\"postId\":" + u.foodHandling.id() + "}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("path.kind"))
			.andExpect(jsonPath("$.errors[0].message").value("只能是以下值之一：ANSWER, PROMISE, HANDOVER, ESCALATE, REFER"));
		mvc.perform(get("/api/v1/inquiries/mine/taken-first").with(clerk))
			.andExpect(jsonPath("$.rows").isEmpty())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theStaffAndPublicInquiryApisAreInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("inquiry-doc-reader").roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/inquiries/{id}/path")))
			.andExpect(content().string(containsString("/api/v1/public/inquiries/{code}")));
	}
}
