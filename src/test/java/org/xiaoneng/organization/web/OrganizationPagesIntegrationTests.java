package org.xiaoneng.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.testing.TestData.creditCode;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DecisionLevel;
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
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.NewAccount;
import org.xiaoneng.platform.security.Role;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The organisation's pages: everyone reads the tree, the staff list obeys the data scope and masks phones, only
 * administrators edit, and a refused change shows its message and changes nothing.
 */
@IntegrationTest
@WithMockUser(username = "org-admin", roles = "ADMIN")
class OrganizationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	AccountManagement accounts;

	String tag;

	Unit unit;

	Department registration;

	Department enforcement;

	StaffMember handler;

	StaffMember enforcer;

	@BeforeEach
	void aUnitWithTwoDepartments() {
		tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		organization.defineRegion("520999", "示范县");
		unit = organization.createUnit(new NewUnit("520999", "页面局" + tag, "页" + tag, creditCode()));
		registration = organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科"));
		enforcement = organization.createDepartment(new NewDepartment(unit.id(), null, "执法科"));
		handler = join("w", registration, "赵登记");
		enforcer = join("e", enforcement, "钱执法");
	}

	@Test
	void everyoneSeesTheTreeOfUnitsAndDepartments() throws Exception {
		mvc.perform(get("/org").with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面局" + tag)))
			.andExpect(content().string(containsString("/org/departments/" + registration.id())))
			.andExpect(content().string(not(containsString("org-new-unit"))));
	}

	@Test
	void aHandlersStaffListShowsTheirDepartmentWithMaskedPhones() throws Exception {
		mvc.perform(get("/org/staff").param("unitId", String.valueOf(unit.id())).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("赵登记")))
			.andExpect(content().string(containsString("139****9000")))
			.andExpect(content().string(not(containsString("13900139000"))))
			.andExpect(content().string(not(containsString("钱执法"))));
	}

	@Test
	void theStaffPageOfSomeoneOutsideTheScopeIsNotFound() throws Exception {
		mvc.perform(get("/org/staff/{id}", enforcer.id()).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsOpenTheEditFormWhichShowsThePhoneInClear() throws Exception {
		mvc.perform(get("/org/staff/{id}/edit", handler.id()).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/org/staff/{id}/edit", handler.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("13900139000")));
	}

	@Test
	void aUnitWithAWrongCheckCharacterIsRefusedWithItsMessage() throws Exception {
		String code = creditCode();
		String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		int before = organization.units().size();

		mvc.perform(post("/org/units").with(csrf())
			.param("regionCode", "520999")
			.param("name", "错码局")
			.param("shortName", "错")
			.param("creditCode", wrong))
			.andExpect(redirectedUrl("/org"))
			.andExpect(flash().attributeExists("problem"));

		assertThat(organization.units()).hasSize(before);
	}

	@Test
	void joiningWithATakenStaffNumberShowsTheMessageOnTheForm() throws Exception {
		mvc.perform(post("/org/staff").with(csrf())
			.param("staffNumber", handler.staffNumber())
			.param("departmentId", String.valueOf(enforcement.id()))
			.param("joinedOn", "2026-03-02")
			.param("name", "孙重号")
			.param("gender", "MALE")
			.param("politicalStatus", "MASSES")
			.param("employment", "ESTABLISHED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工号 " + handler.staffNumber() + " 已被其他人员使用")));
	}

	@Test
	void anAdministratorTransfersAStaffMemberFromTheirPage() throws Exception {
		mvc.perform(post("/org/staff/{id}/transfer", enforcer.id()).with(csrf())
			.param("departmentId", String.valueOf(registration.id())))
			.andExpect(redirectedUrl("/org/staff/" + enforcer.id()));

		assertThat(organization.staffMember(new StaffId(enforcer.id())).departmentId()).isEqualTo(registration.id());
	}

	@Test
	void theDepartmentPageListsItsPostsAndHolders() throws Exception {
		Post post = organization.createPost(new NewPost(registration.id(), "登记窗口", PostKind.WINDOW, "受理", List.of()));
		organization.assignPost(new StaffId(handler.id()), new PostId(post.id()));

		mvc.perform(get("/org/departments/{id}", registration.id()).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记窗口")))
			.andExpect(content().string(containsString("赵登记")));
	}

	@Test
	void anAdministratorAppointsTheLeadersFromTheTree() throws Exception {
		mvc.perform(post("/org/units/{id}/principal-leader", unit.id()).with(csrf())
			.param("staffId", String.valueOf(enforcer.id())))
			.andExpect(redirectedUrl("/org"));
		mvc.perform(post("/org/units/{id}/deputy-leaders", unit.id()).with(csrf())
			.param("staffId", String.valueOf(handler.id()))
			.param("departmentIds", String.valueOf(registration.id())))
			.andExpect(redirectedUrl("/org"));

		assertThat(organization.leadership(new UnitId(unit.id())).principalLeaderId()).isEqualTo(enforcer.id());
		assertThat(organization.authorityOver(new DepartmentId(registration.id()), DecisionLevel.DEPUTY_LEADER)).map(StaffMember::id)
			.contains(handler.id());
		mvc.perform(get("/org"))
			.andExpect(content().string(containsString("id=\"principal-" + unit.id() + "\">钱执法<")));
	}

	@Test
	void anAdministratorRenamesADepartmentAndChangesAPost() throws Exception {
		Post post = organization.createPost(new NewPost(registration.id(), "旧岗", PostKind.HANDLING, "", List.of()));

		mvc.perform(post("/org/departments/{id}/name", registration.id()).with(csrf()).param("name", "登记许可科"))
			.andExpect(redirectedUrl("/org/departments/" + registration.id()));
		mvc.perform(post("/org/posts/{id}", post.id()).with(csrf())
			.param("departmentId", String.valueOf(registration.id()))
			.param("name", "新岗")
			.param("kind", "WINDOW")
			.param("duties", "受理")
			.param("categories", "A-1, B-2"))
			.andExpect(redirectedUrl("/org/departments/" + registration.id()));

		assertThat(organization.department(new DepartmentId(registration.id())).name()).isEqualTo("登记许可科");
		assertThat(organization.post(new PostId(post.id())).dutyCategories()).containsExactly("A-1", "B-2");
		assertThat(organization.post(new PostId(post.id())).kind()).isEqualTo(PostKind.WINDOW);
	}

	@Test
	void changingAUnitToAnInvalidCreditCodeChangesNothing() throws Exception {
		mvc.perform(post("/org/units/{id}", unit.id()).with(csrf())
			.param("regionCode", "520999")
			.param("name", "改名局")
			.param("shortName", "改")
			.param("creditCode", "123"))
			.andExpect(redirectedUrl("/org"))
			.andExpect(flash().attributeExists("problem"));

		assertThat(organization.unit(new UnitId(unit.id())).name()).isEqualTo("页面局" + tag);
	}

	@Test
	void theStaffListFiltersByDepartment() throws Exception {
		mvc.perform(get("/org/staff").param("departmentId", String.valueOf(enforcement.id())).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("钱执法")))
			.andExpect(content().string(not(containsString("赵登记"))));
	}

	@Test
	void anAdministratorSeesTheRolesOfTheLinkedAccount() throws Exception {
		SecurityContext administrator = SecurityContextHolder.getContext();
		SecurityContext securityAdministrator = SecurityContextHolder.createEmptyContext();
		securityAdministrator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("org-secadmin", null,
				AuthorityUtils.createAuthorityList(Role.SECURITY_ADMIN.authority())));
		SecurityContextHolder.setContext(securityAdministrator);
		try {
			accounts.create(new NewAccount("w-" + tag, "赵登记", Set.of(Role.HANDLER)));
		}
		finally {
			SecurityContextHolder.setContext(administrator);
		}

		mvc.perform(get("/org/staff/{id}", handler.id()).with(user("org-admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("staff-roles")))
			.andExpect(content().string(containsString("承办人")));
		mvc.perform(get("/org/staff/{id}", handler.id()).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("staff-roles"))));
	}

	@Test
	void anUploadThatCannotBeReadImportsNobodyAndSaysWhy() throws Exception {
		mvc.perform(multipart("/org/staff/import").file(new MockMultipartFile("file", "staff.xlsx",
				"application/octet-stream", "not a workbook".getBytes())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入任何人员")))
			.andExpect(content().string(containsString("不是可读取的 Excel 工作簿")));
	}

	@Test
	void theExportIsAnExcelFileOfTheCallersScope() throws Exception {
		byte[] xlsx = mvc.perform(get("/org/staff/export").with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("赵登记");
		}
	}

	private StaffMember join(String who, Department department, String name) {
		return organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2024, 5, 6),
				new StaffParticulars(name, Gender.FEMALE, "13900139000", "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, who + "-" + tag)));
	}
}
