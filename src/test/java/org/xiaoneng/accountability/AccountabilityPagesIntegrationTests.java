package org.xiaoneng.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.xiaoneng.accountability.AccountableUnit.asSupervisor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;

/**
 * The accountability pages: a supervisor's reading of who complained is a page of its own and audited, a refused
 * statement comes back with its message, and the staff home page's panel publishes the year's 通报批评 to the unit.
 */
@IntegrationTest
class AccountabilityPagesIntegrationTests {

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
	ListenersAtRest listeners;

	@Test
	void aSupervisorReadsWhoComplainedOnAPageOfItsOwnAndTheReadingIsAudited() throws Exception {
		AccountableUnit u = new AccountableUnit(organization);
		String canary = "页面金丝雀" + u.tag;
		u.substantiatedComplaint(register, canary, "13612345678", "窗口推诿");
		assertThat(listeners.await(Duration.ofSeconds(10))).isTrue();
		long id = asSupervisor(() -> accountability.cases(new CaseFilter(null, u.unit.id(), null, null, null,
				CaseSource.COMPLAINT, false), null, 10)).items().get(0).id();

		String casePage = page("/accountability/cases/" + id, "sup-" + u.tag, "SUPERVISOR");
		assertThat(casePage).contains("show-complainant").doesNotContain(canary);
		assertThat(audited(id)).isZero();

		assertThat(page("/accountability/cases/" + id + "/complainant", "sup-" + u.tag, "SUPERVISOR")).contains(canary);
		assertThat(audited(id)).isEqualTo(1);

		assertThat(page("/accountability/cases/" + id, u.username("h"), "DEPT_HEAD")).doesNotContain(canary,
				"show-complainant");
		MockHttpServletResponse refused = mvc.perform(get("/accountability/cases/" + id + "/complainant")
			.with(user(u.username("h")).roles("DEPT_HEAD"))).andReturn().getResponse();
		assertThat(refused.getStatus()).isIn(403, 404);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(canary);
		assertThat(audited(id)).isEqualTo(1);
	}

	@Test
	void aStatementByAnyoneButTheSubjectComesBackWithItsMessageAndChangesNothing() throws Exception {
		AccountableUnit u = new AccountableUnit(organization);
		long id = asSupervisor(() -> accountability.refer(u.handler.id(), null, FailureType.OVERTIME, "办件超期"))
			.row()
			.id();
		asSupervisor(() -> accountability.investigate(id, FailureType.OVERTIME, null, Severity.MINOR, Set.of(), "核实",
				null));

		MvcResult result = mvc.perform(post("/accountability/cases/" + id + "/statement")
			.with(user(u.username("h")).roles("DEPT_HEAD"))
			.with(csrf())
			.param("statement", "代为申辩")).andReturn();

		assertThat(result.getFlashMap().get("error")).isEqualTo("accountability.error.notTheRespondent");
		assertThat(asSupervisor(() -> accountability.kase(id)).statement()).isNull();
	}

	@Test
	void theStaffHomePagePublishesThisYearsPublicCriticismsToTheUnitOnly() throws Exception {
		AccountableUnit u = new AccountableUnit(organization);
		AccountableUnit other = new AccountableUnit(organization);
		long id = asSupervisor(() -> accountability.refer(u.handler.id(), null, FailureType.OVERTIME, "办件超期"))
			.row()
			.id();
		asSupervisor(() -> accountability.investigate(id, FailureType.OVERTIME, null, Severity.SERIOUS, Set.of(),
				"核实", null));
		u.as("a", "HANDLER", () -> accountability.makeStatement(id, "申辩"));
		asSupervisor(() -> accountability.decide(id, EnumSet.of(Sanction.PUBLIC_CRITICISM), u.deputy.id(), "属实"));

		assertThat(page("/accountability/partials/criticisms", u.username("b"), "HANDLER"))
			.contains(u.handler.name(), u.unit.name());
		assertThat(page("/accountability/partials/criticisms", other.username("b"), "HANDLER"))
			.doesNotContain(u.handler.name());
	}

	private String page(String path, String username, String role) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(user(username).roles(role))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("%s as %s", path, username).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private long audited(long caseId) {
		return jdbc.sql("""
				select count(*) from audit.entry where module = 'accountability' and action = 'complainant.viewed'
				and object_id = :id""")
			.param("id", String.valueOf(caseId))
			.query(Long.class)
			.single();
	}
}
