package org.xiaoneng.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.testing.TestData.creditCode;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.ReviewBodies;
import org.xiaoneng.organization.ReviewBodiesRequiredException;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The organisation API: administrators change it, refusals come as localized problems, and staff lists obey the
 * caller's data scope.
 */
@IntegrationTest
@WithMockUser(username = "org-admin", roles = "ADMIN")
class OrganizationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

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
		unit = organization.createUnit(new NewUnit("520999", "接口局" + tag, "接" + tag, creditCode()));
		registration = organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科"));
		enforcement = organization.createDepartment(new NewDepartment(unit.id(), null, "执法科"));
		handler = join("w", registration);
		enforcer = join("e", enforcement);
	}

	@Test
	void anAdministratorCreatesAUnit() throws Exception {
		mvc.perform(post("/api/v1/org/units").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"regionCode":"520999","name":"新建局%s","shortName":"新","creditCode":"%s"}"""
				.formatted(tag, creditCode())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("新建局" + tag));
	}

	@Test
	void anAdministratorRecordsTheUnitsReviewBodiesBothNamedOrNothingChanges() throws Exception {
		mvc.perform(put("/api/v1/org/units/{id}/review-bodies", unit.id()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("""
					{"reconsiderationBody":"示范县人民政府","litigationCourt":" "}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("litigationCourt")));
		assertThat(organization.unit(new UnitId(unit.id())).reviewBodies()).isNull();

		mvc.perform(put("/api/v1/org/units/{id}/review-bodies", unit.id()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"reconsiderationBody":"示范县人民政府","litigationCourt":"示范县人民法院"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewBodies.reconsiderationBody").value("示范县人民政府"))
			.andExpect(jsonPath("$.reviewBodies.litigationCourt").value("示范县人民法院"));
		assertThat(organization.unit(new UnitId(unit.id())).reviewBodies())
			.isEqualTo(new ReviewBodies("示范县人民政府", "示范县人民法院"));
	}

	@Test
	void onlyAnAdministratorRecordsReviewBodies() throws Exception {
		mvc.perform(put("/api/v1/org/units/{id}/review-bodies", unit.id()).with(user("org-clerk").roles("WINDOW_CLERK"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"reconsiderationBody":"示范县人民政府","litigationCourt":"示范县人民法院"}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFacadeRefusesReviewBodiesWithOneLeftBlank() {
		assertThatThrownBy(() -> organization.recordReviewBodies(new UnitId(unit.id()),
				new ReviewBodies("示范县人民政府", "")))
			.isInstanceOf(ReviewBodiesRequiredException.class);
		assertThat(organization.unit(new UnitId(unit.id())).reviewBodies()).isNull();
	}

	@Test
	void aWrongCheckCharacterIsALocalizedBadRequest() throws Exception {
		String code = creditCode();
		String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

		mvc.perform(post("/api/v1/org/units").with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"regionCode":"520999","name":"错误局","shortName":"错","creditCode":"%s"}""".formatted(wrong)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("check character")));
	}

	@Test
	void onlyAdministratorsChangeTheOrganisation() throws Exception {
		mvc.perform(post("/api/v1/org/departments").with(csrf())
			.with(user("w-" + tag).roles("HANDLER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId":%d,"name":"私设科"}""".formatted(unit.id())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aHandlerListsOnlyTheStaffOfTheirDepartment() throws Exception {
		mvc.perform(get("/api/v1/org/staff").param("unitId", String.valueOf(unit.id()))
			.with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].id").value(containsInAnyOrder((int) handler.id())))
			.andExpect(jsonPath("$.rows[0].maskedPhone").value("139****9000"));
	}

	@Test
	void aStaffMemberOutsideTheCallersScopeIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/org/staff/{id}", enforcer.id()).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/org/staff/{id}", handler.id()).with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk());
	}

	@Test
	void leavingTwiceIsAConflict() throws Exception {
		mvc.perform(post("/api/v1/org/staff/{id}/leave", enforcer.id()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"RETIRED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETIRED"));

		mvc.perform(post("/api/v1/org/staff/{id}/leave", enforcer.id()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"RETIRED\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(enforcer.staffNumber())));
	}

	@Test
	void theAuthorityOverADepartmentIsOneQuery() throws Exception {
		organization.appointPrincipalLeader(new UnitId(unit.id()), new StaffId(enforcer.id()));

		mvc.perform(get("/api/v1/org/departments/{id}/authority", registration.id()).param("level", "DEPUTY_LEADER")
			.with(user("w-" + tag).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(enforcer.id()));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/org/units']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/org/staff'].get.summary").value(containsString("data scope")))
			.andExpect(jsonPath("$.tags[*].name").value(hasItem("Organization")));
	}

	private StaffMember join(String who, Department department) {
		return organization.join(new NewStaff(who + tag, department.id(), LocalDate.of(2024, 5, 6),
				new StaffParticulars("接口" + who, Gender.FEMALE, "13900139000", "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, who + "-" + tag)));
	}
}
