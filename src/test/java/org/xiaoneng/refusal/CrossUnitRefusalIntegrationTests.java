package org.xiaoneng.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * Refusals stay inside the scope (issue 13, finding 1): a handler of another unit can neither read the filing form
 * of a case (the applicant's particulars) nor file a refusal on it, and a leader of another unit cannot mark a
 * refusal wrong; to them the case and the refusal do not exist and nothing changes. The unit's own people still can.
 */
@IntegrationTest
class CrossUnitRefusalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	RefusalCases fixtures;

	RefusalUnit own;

	RefusalUnit other;

	@BeforeEach
	void twoUnits() {
		clock.set(RefusalCases.MONDAY_MORNING);
		own = new RefusalUnit(organization);
		other = new RefusalUnit(organization);
		fixtures = new RefusalCases(context);
	}

	@Test
	void aHandlerOfAnotherUnitCannotReadTheFilingFormOfTheCase() throws Exception {
		long caseId = fixtures.receivedCase(own, RefusalAuthority.HANDLER);

		mvc.perform(get("/api/v1/refusals/drafts").param("caseId", String.valueOf(caseId))
			.with(user(other.username("a")).roles("HANDLER"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/refusals/drafts").param("caseId", String.valueOf(caseId))
			.with(user(own.username("a")).roles("HANDLER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicant.name").value("张三"));
	}

	@Test
	void aHandlerOfAnotherUnitCannotFileARefusalOnTheCase() throws Exception {
		long caseId = fixtures.receivedCase(own, RefusalAuthority.HANDLER);

		mvc.perform(post("/api/v1/refusals").with(user(other.username("a")).roles("HANDLER")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(RefusalCases.filingJson(caseId, RefusalCases.REASONS))).andExpect(status().isNotFound());
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.RECEIVED);
		assertThat(filings(caseId)).isZero();

		mvc.perform(post("/api/v1/refusals").with(user(own.username("a")).roles("HANDLER")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(RefusalCases.filingJson(caseId, RefusalCases.REASONS))).andExpect(status().isCreated());
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.NOT_ACCEPTED);
	}

	@Test
	void aLeaderOfAnotherUnitCannotMarkARefusalWrong() throws Exception {
		long caseId = fixtures.receivedCase(own, RefusalAuthority.HANDLER);
		Refusal inEffect = own.as("a", () -> fixtures.refusals().file(RefusalCases.filing(caseId)));
		String review = "{\"wrong\":true,\"finding\":\"材料齐全，不应不予受理\"}";

		mvc.perform(post("/api/v1/refusals/{id}/review", inEffect.id()).with(user(other.username("d")).roles("LEADER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(review)).andExpect(status().isNotFound());
		assertThat(refusalState(inEffect.id().value())).isEqualTo("IN_EFFECT");
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.NOT_ACCEPTED);

		mvc.perform(post("/api/v1/refusals/{id}/review", inEffect.id()).with(user(own.username("d")).roles("LEADER"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(review)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("FOUND_WRONG"));
		assertThat(fixtures.state(caseId)).isEqualTo(CaseState.RECEIVED);
	}

	private long filings(long caseId) {
		return jdbc.sql("select count(*) from refusal.filing where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single();
	}

	private String refusalState(long id) {
		return jdbc.sql("select state from refusal.filing where id = :id").param("id", id).query(String.class).single();
	}
}
