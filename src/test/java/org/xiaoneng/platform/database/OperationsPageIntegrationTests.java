package org.xiaoneng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The operators' page and the {@code sweeps} health component (issue 23): this node, its database, every module's
 * migrations, and the last run of each sweep, where a sweep that skipped a row shows as failing, not as UP.
 */
@IntegrationTest
class OperationsPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Sweeps sweeps;

	@Autowired
	Operations operations;

	@Autowired
	SweepHealth health;

	@Autowired
	NodeIdentity node;

	@Test
	@WithMockUser(username = "ops-admin", roles = "ADMIN")
	void anAdministratorSeesTheNodeTheDatabaseAndEveryModulesMigrationsApplied() throws Exception {
		String page = mvc.perform(get("/operations")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		OperationsReport report = operations.report();
		assertThat(page).contains(node.id(), "PostgreSQL", "id=\"migrations-casework\"", "id=\"migrations-__root\"",
				"synchronous_commit");
		assertThat(report.migrations()).extracting(OperationsReport.ModuleMigrations::module)
			.contains("__root", "casework", "database", "security");
		assertThat(report.migrations()).allSatisfy(module -> {
			assertThat(module.applied()).isPositive();
			assertThat(module.pending()).isEmpty();
		});
		assertThat(report.database().fsync()).isIn("on", "off");
	}

	@Test
	@WithMockUser(username = "ops-admin-2", roles = "ADMIN")
	void aSweepThatSkippedARowShowsAsFailingOnThePageAndInHealthUntilARunSucceeds() throws Exception {
		String sweep = "test." + UUID.randomUUID().toString().substring(0, 8);
		SweepCount count = sweeps.run(sweep, () -> sweeps.each(sweep, List.of(41L, 42L), id -> id, id -> {
			if (id == 42L) {
				throw new IllegalStateException("a row no rule expects");
			}
			return true;
		}));

		String page = mvc.perform(get("/operations")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(count).isEqualTo(new SweepCount(1, 1));
		assertThat(page).contains("id=\"sweep-" + sweep + "\"", "部分失败", "需要处理");
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.health().getDetails()).containsKey(sweep);
		mvc.perform(get("/actuator/health/sweeps")).andExpect(status().isServiceUnavailable());

		sweeps.run(sweep, () -> sweeps.each(sweep, List.of(43L), id -> id, id -> true));
		assertThat(sweeps.latestRuns()).filteredOn(run -> run.sweep().equals(sweep))
			.singleElement()
			.satisfies(run -> {
				assertThat(run.result()).isEqualTo("OK");
				assertThat(run.node()).isEqualTo(node.id());
			});
	}

	@Test
	@WithMockUser(username = "ops-handler", roles = "HANDLER")
	void someoneWhoIsNotAnAdministratorCannotSeeTheOperationsPage() throws Exception {
		mvc.perform(get("/operations")).andExpect(status().isForbidden());
	}
}
