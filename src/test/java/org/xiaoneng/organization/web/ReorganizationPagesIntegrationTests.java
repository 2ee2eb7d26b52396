package org.xiaoneng.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.testing.TestData.creditCode;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewPost;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.organization.web.OrganizationForms.PageMessage;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Issue 22's organisation pages: the department's room and phone, moving and retiring departments and posts, a
 * transfer scheduled for a later day, and the staff list page by page; a refused change comes back with its message
 * (in the caller's language, as the API's problem shows) and changes nothing.
 */
@IntegrationTest
@WithMockUser(username = "org-admin", roles = "ADMIN")
class ReorganizationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	Clock clock;

	String tag;

	Unit unit;

	Department registration;

	Department enforcement;

	StaffMember handler;

	@BeforeEach
	void aUnitWithTwoDepartments() {
		tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		organization.defineRegion("520999", "示范县");
		unit = organization.createUnit(new NewUnit("520999", "改组局" + tag, "改" + tag, creditCode()));
		registration = organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科"));
		enforcement = organization.createDepartment(new NewDepartment(unit.id(), null, "执法科"));
		handler = join("w", registration, "赵登记");
	}

	@Test
	void anAdministratorRecordsTheDepartmentsRoomAndPhoneWhichEveryoneSees() throws Exception {
		mvc.perform(post("/org/departments/{id}/contact", registration.id()).with(csrf())
			.param("room", "政务服务中心二楼 205 室")
			.param("phone", "0859-86123456"))
			.andExpect(redirectedUrl("/org/departments/" + registration.id()));

		mvc.perform(get("/org/departments/{id}", registration.id()).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政务服务中心二楼 205 室")))
			.andExpect(content().string(containsString("0859-86123456")))
			.andExpect(content().string(not(containsString("department-contact"))));
		mvc.perform(get("/api/v1/org/departments/{id}", registration.id()))
			.andExpect(jsonPath("$.room").value("政务服务中心二楼 205 室"))
			.andExpect(jsonPath("$.phone").value("0859-86123456"));
	}

	@Test
	void aPhoneThatIsNotAPhoneNumberComesBackWithItsMessageInTheCallersLanguage() throws Exception {
		MvcResult refused = mvc.perform(post("/org/departments/{id}/contact", registration.id()).with(csrf())
			.param("room", "205 室")
			.param("phone", "call us"))
			.andExpect(redirectedUrl("/org/departments/" + registration.id()))
			.andReturn();
		assertThat(problemOf(refused)).isEqualTo("organization.department.contactInvalid");
		mvc.perform(put("/api/v1/org/departments/{id}/contact", registration.id()).with(csrf())
			.locale(Locale.ENGLISH)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"room\":\"205\",\"phone\":\"call us\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("public phone is a landline")));

		assertThat(organization.department(new DepartmentId(registration.id())).phone()).isEmpty();
	}

	@Test
	void movingADepartmentUnderItselfIsRefusedWithItsMessage() throws Exception {
		MvcResult refused = mvc.perform(post("/org/departments/{id}/parent", registration.id()).with(csrf())
			.param("parentId", String.valueOf(registration.id())))
			.andReturn();
		assertThat(problemOf(refused)).isEqualTo("organization.department.underItself");

		assertThat(organization.department(new DepartmentId(registration.id())).parentId()).isNull();
		mvc.perform(post("/org/departments/{id}/parent", enforcement.id()).with(csrf())
			.param("parentId", String.valueOf(registration.id())));
		assertThat(organization.department(new DepartmentId(enforcement.id())).parentId()).isEqualTo(registration.id());
	}

	@Test
	void aPostIsMovedAndThenRetiredFromTheDepartmentPageAndDisappearsFromItsChoices() throws Exception {
		Post archive = organization.createPost(new NewPost(registration.id(), "档案岗", PostKind.HANDLING, "", List.of()));

		mvc.perform(post("/org/posts/{id}/department", archive.id()).with(csrf())
			.param("departmentId", String.valueOf(enforcement.id())))
			.andExpect(redirectedUrl("/org/departments/" + registration.id()));
		assertThat(organization.post(new PostId(archive.id())).departmentId()).isEqualTo(enforcement.id());
		mvc.perform(post("/org/posts/{id}/retire", archive.id()).with(csrf()))
			.andExpect(redirectedUrl("/org/departments/" + enforcement.id()));

		assertThat(organization.post(new PostId(archive.id())).retired()).isTrue();
		mvc.perform(get("/org/departments/{id}", enforcement.id()))
			.andExpect(content().string(not(containsString("档案岗"))));
		mvc.perform(get("/org/staff/{id}", handler.id()))
			.andExpect(content().string(not(containsString("档案岗"))));
	}

	@Test
	void aTransferIsScheduledFromTheStaffPageAndADayInThePastIsRefused() throws Exception {
		LocalDate today = LocalDate.now(clock);
		MvcResult refused = mvc.perform(post("/org/staff/{id}/scheduled-transfer", handler.id()).with(csrf())
			.param("departmentId", String.valueOf(enforcement.id()))
			.param("effectiveOn", today.minusDays(1).toString()))
			.andExpect(redirectedUrl("/org/staff/" + handler.id()))
			.andReturn();
		assertThat(problemOf(refused)).isEqualTo("organization.transfer.dateNotInFuture");
		mvc.perform(get("/org/staff/{id}", handler.id()))
			.andExpect(content().string(not(containsString("id=\"scheduled-transfer\""))));

		mvc.perform(post("/org/staff/{id}/scheduled-transfer", handler.id()).with(csrf())
			.param("departmentId", String.valueOf(enforcement.id()))
			.param("effectiveOn", today.plusDays(7).toString()))
			.andExpect(redirectedUrl("/org/staff/" + handler.id()));

		mvc.perform(get("/org/staff/{id}", handler.id()))
			.andExpect(content().string(containsString("id=\"scheduled-transfer\"")))
			.andExpect(content().string(containsString(today.plusDays(7).toString())));
		assertThat(organization.staffMember(new StaffId(handler.id())).departmentId()).isEqualTo(registration.id());
		mvc.perform(post("/org/staff/{id}/scheduled-transfer/cancel", handler.id()).with(csrf()));
		mvc.perform(get("/api/v1/org/staff/{id}/scheduled-transfer", handler.id()))
			.andExpect(status().isNoContent());
	}

	@Test
	void theStaffListIsPagedByKeysetWithTheTotalSortableByNameAndAnAlteredCursorIsRefused() throws Exception {
		for (int i = 0; i < OrganizationPages.STAFF_PAGE_SIZE; i++) {
			join("p" + i + "-", enforcement, i % 10 == 0 ? "同名" : "孙" + i);
		}

		String first = mvc.perform(get("/org/staff").param("unitId", String.valueOf(unit.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过 " + OrganizationPages.STAFF_PAGE_SIZE + " 条（只计本页）")))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = first.replaceAll("(?s).*rel=\"next\" class=\"next\" href=\"[^\"]*cursor=([A-Za-z0-9_-]+).*", "$1");
		mvc.perform(get("/org/staff").param("unitId", String.valueOf(unit.id())).param("cursor", next))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"prev\"")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
		mvc.perform(get("/org/staff").param("unitId", String.valueOf(unit.id())).param("sort", "NAME"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")));
		mvc.perform(get("/org/staff").param("unitId", String.valueOf(unit.id())).param("sort", "NAME")
			.param("cursor", next))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("翻页链接无效")));
		mvc.perform(get("/api/v1/org/staff").param("unitId", String.valueOf(unit.id())).param("size", "20"))
			.andExpect(jsonPath("$.total").value(20))
			.andExpect(jsonPath("$.totalExact").value(false))
			.andExpect(jsonPath("$.rows.length()").value(20))
			.andExpect(jsonPath("$.next").isNotEmpty());
		mvc.perform(get("/api/v1/org/staff").param("size", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void anotherUnitsClerkFindsNoneOfThisUnitsStaffInTheListOrTheExport() throws Exception {
		join("seen-", enforcement, "本单位人员");
		Unit other = organization.createUnit(new NewUnit("520999", "外单位" + tag, "外" + tag, creditCode()));
		join("out", organization.createDepartment(new NewDepartment(other.id(), null, "窗口")), "外单位窗口");
		var outsider = user("out-" + tag).roles("WINDOW_CLERK");
		mvc.perform(get("/api/v1/org/staff").param("unitId", String.valueOf(unit.id())).with(outsider))
			.andExpect(jsonPath("$.rows").isEmpty())
			.andExpect(jsonPath("$.total").value(0));
		// the name as a row of the table (the search box repeats what was typed)
		mvc.perform(get("/org/staff").param("q", "本单位人员"))
			.andExpect(content().string(containsString(">本单位人员</a>")));
		mvc.perform(get("/org/staff").param("q", "本单位人员").with(outsider))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">本单位人员</a>"))));
		assertThat(cells(mvc.perform(get("/org/staff/export").param("unitId", String.valueOf(unit.id())))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains("本单位人员");
		assertThat(cells(mvc.perform(get("/org/staff/export").param("unitId", String.valueOf(unit.id())).with(outsider))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).doesNotContain("本单位人员");
	}

	/** Every text cell of the workbook's first sheet. */
	private static List<String> cells(byte[] xlsx) throws java.io.IOException {
		List<String> texts = new java.util.ArrayList<>();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			book.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
		}
		return texts;
	}

	/** The key of the message a refused page request hands to the page it redirects to. */
	private static String problemOf(MvcResult refused) {
		return ((PageMessage) refused.getFlashMap().get("problem")).key();
	}

	private StaffMember join(String who, Department department, String name) {
		return organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2024, 5, 6),
				new StaffParticulars(name, Gender.FEMALE, "13900139000", "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, who + "-" + tag)));
	}
}
