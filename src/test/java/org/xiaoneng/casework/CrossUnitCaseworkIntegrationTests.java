package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * Window work stays inside the unit (issue 13, finding 1): a clerk of another unit cannot withdraw, accept, notify,
 * deliver or take in another unit's cases and items — they answer as missing and nothing changes — while the unit's
 * own clerk still can; administrators read cases but do not work them.
 */
@IntegrationTest
class CrossUnitCaseworkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	Organization organization;

	@Autowired
	Substitutes substitutes;

	@Autowired
	CatalogFixture catalog;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private Instant before;

	private CaseworkUnit own;

	private CaseworkUnit other;

	@BeforeEach
	void twoUnits() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
		own = new CaseworkUnit(organization, substitutes, catalog);
		other = new CaseworkUnit(organization, substitutes, catalog);
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void aClerkOfAnotherUnitCannotWithdrawTheCase() throws Exception {
		long id = received();
		String withdrawal = "{\"reason\":\"申请人撤回\"}";

		mvc.perform(json(post("/api/v1/cases/{id}/withdrawal", id), other, withdrawal)).andExpect(status().isNotFound());
		assertThat(state(id)).isEqualTo("RECEIVED");

		mvc.perform(json(post("/api/v1/cases/{id}/withdrawal", id), own, withdrawal)).andExpect(status().isOk());
		assertThat(state(id)).isEqualTo("WITHDRAWN");
	}

	@Test
	void aClerkOfAnotherUnitCannotAcceptTheCase() throws Exception {
		long id = received();

		mvc.perform(json(post("/api/v1/cases/{id}/acceptance", id), other, "")).andExpect(status().isNotFound());
		assertThat(state(id)).isEqualTo("RECEIVED");
		assertThat(documents(id)).isZero();

		mvc.perform(json(post("/api/v1/cases/{id}/acceptance", id), own, "")).andExpect(status().isOk());
		assertThat(state(id)).isEqualTo("ACCEPTED");
	}

	@Test
	void aClerkOfAnotherUnitCannotSendACorrectionNotice() throws Exception {
		long id = received();
		String notice = "{\"defects\":[{\"itemMaterialNumber\":2,\"kind\":\"MISSING\"}]}";

		mvc.perform(json(post("/api/v1/cases/{id}/correction-notices", id), other, notice))
			.andExpect(status().isNotFound());
		assertThat(state(id)).isEqualTo("RECEIVED");
		assertThat(documents(id)).isZero();

		mvc.perform(json(post("/api/v1/cases/{id}/correction-notices", id), own, notice)).andExpect(status().isOk());
		assertThat(state(id)).isEqualTo("AWAITING_CORRECTION");
	}

	@Test
	void aClerkOfAnotherUnitCannotRecordTheDelivery() throws Exception {
		long id = completed();
		String delivery = "{\"method\":\"PICKUP\",\"deliveredOn\":\"2026-03-09\"}";

		mvc.perform(json(post("/api/v1/cases/{id}/delivery", id), other, delivery)).andExpect(status().isNotFound());
		assertThat(state(id)).isEqualTo("COMPLETED");

		mvc.perform(json(post("/api/v1/cases/{id}/delivery", id), own, delivery)).andExpect(status().isOk());
		assertThat(state(id)).isEqualTo("DELIVERED");
	}

	@Test
	void intakeRefusesAnItemOfAnotherUnitAndCreatesNoCase() throws Exception {
		long cases = count();
		String submission = """
				{"itemId":%d,"channel":"WINDOW","pickup":"PICKUP",
				 "applicant":{"kind":"PERSON","name":"李四","idType":"RESIDENT_ID","idNumber":"%s","phone":"13900139000"},
				 "materials":[{"itemMaterialNumber":1,"original":true,"copies":1,"pages":3}]}"""
			.formatted(own.item.id(), CaseworkUnit.RESIDENT_ID);

		mvc.perform(json(post("/api/v1/cases"), other, submission)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").exists());
		assertThat(count()).isEqualTo(cases);

		mvc.perform(json(post("/api/v1/cases"), own, submission)).andExpect(status().isOk());
		assertThat(count()).isEqualTo(cases + 1);
	}

	@Test
	void anotherUnitsCaseIsNotFoundForTheClerkButReadableByAnAdministrator() throws Exception {
		long id = received();

		mvc.perform(get("/api/v1/cases/{id}", id).with(user(other.username("c")).roles("WINDOW_CLERK")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/cases/{id}", id).with(user("casework-admin").roles("ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void anAdministratorReadsCasesButDoesNotAcceptThem() throws Exception {
		long id = received();

		mvc.perform(post("/api/v1/cases/{id}/acceptance", id).with(csrf()).with(user("casework-admin").roles("ADMIN")))
			.andExpect(status().is4xxClientError());
		assertThat(state(id)).isEqualTo("RECEIVED");
	}

	@Test
	void aHeadOverTheDepartmentMayWorkItsStepWhileAnotherUnitsHeadFindsNoCase() throws Exception {
		long id = received();
		own.as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(id));
		String opinion = "{\"opinion\":\"同意\"}";

		mvc.perform(post("/api/v1/cases/{id}/steps/1/completion", id).with(csrf())
			.with(user(other.username("h")).roles("DEPT_HEAD"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(opinion)).andExpect(status().isNotFound());
		assertThat(openStep(id)).isEqualTo(1);

		mvc.perform(post("/api/v1/cases/{id}/steps/1/completion", id).with(csrf())
			.with(user(own.username("h")).roles("DEPT_HEAD"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(opinion)).andExpect(status().isOk());
		assertThat(openStep(id)).isEqualTo(2);
	}

	@Test
	void onlyTheLeaderAnExtensionIsAddressedToDecidesIt() throws Exception {
		long id = received();
		own.as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(id));
		long extension = own.as("a", () -> cases.requestExtension(id, 3, "需补充现场核查")).id();
		String approval = "{\"decision\":\"APPROVED\",\"note\":\"同意\"}";

		mvc.perform(post("/api/v1/cases/extensions/{id}/decision", extension).with(csrf())
			.with(user(other.username("d")).roles("LEADER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(approval)).andExpect(status().isNotFound());
		assertThat(decision(extension)).isNull();

		mvc.perform(post("/api/v1/cases/extensions/{id}/decision", extension).with(csrf())
			.with(user(own.username("d")).roles("LEADER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(approval)).andExpect(status().isOk());
		assertThat(decision(extension)).isEqualTo("APPROVED");
	}

	private Integer openStep(long id) {
		return jdbc.sql("select current_step from casework.case_file where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private String decision(long extension) {
		return jdbc.sql("select decision from casework.case_extension where id = :id")
			.param("id", extension)
			.query(String.class)
			.list()
			.get(0);
	}

	private long received() {
		return own.as("c", "ROLE_WINDOW_CLERK", () -> cases.submit(own.submission(CaseworkUnit.RESIDENT_ID), null)).id();
	}

	private long completed() {
		long id = received();
		own.as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(id));
		own.as("a", () -> cases.completeStep(id, 1, "同意"));
		own.as("r", () -> cases.signStep(id, 2));
		own.as("r", () -> cases.completeStep(id, 2, "审核通过"));
		own.as("h", () -> cases.completeStep(id, 3, "准予许可"));
		own.as("h", () -> cases.complete(id, "食品经营许可证", "JY1520999000001"));
		return id;
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, CaseworkUnit clerkOf,
			String body) {
		return request.with(csrf())
			.with(user(clerkOf.username("c")).roles("WINDOW_CLERK"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.isEmpty() ? "{}" : body);
	}

	private String state(long id) {
		return jdbc.sql("select state from casework.case_file where id = :id").param("id", id).query(String.class).single();
	}

	private long documents(long id) {
		return jdbc.sql("select count(*) from casework.case_document where case_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private long count() {
		return jdbc.sql("select count(*) from casework.case_file").query(Long.class).single();
	}
}
