package org.xiaoneng.supervision.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.casework.CaseQuery;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.refusal.RefusalCases;
import org.xiaoneng.refusal.RefusalUnit;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Why the demo leader's cockpit counts fewer open cases (在办件) than the department's case list shows: the cockpit
 * counts the accepted cases not yet closed (decision 0015), while casework's lists also hold the submissions still
 * waiting for acceptance and those whose 不予受理 filing awaits the leader (REFUSAL_PENDING before acceptance), as the
 * demo county's 登记注册科 has one.
 */
@IntegrationTest
class OpenCasesIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Organization organization;

	@Autowired
	Cases cases;

	@Autowired
	Cockpit cockpit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCockpitCountsAcceptedCasesOpenButNotASubmissionWhoseRefusalBeforeAcceptanceAwaitsTheLeader() {
		RefusalUnit unit = new RefusalUnit(organization);
		RefusalCases fixtures = new RefusalCases(context);
		long accepted = fixtures.processingCase(unit, RefusalAuthority.DEPARTMENT_HEAD);
		long refusing = fixtures.receivedCase(unit, RefusalAuthority.DEPARTMENT_HEAD);
		unit.as("a", () -> fixtures.refusals().file(RefusalCases.filing(refusing)));
		await().atMost(Duration.ofSeconds(120))
			.until(() -> jdbc.sql("select count(*) from supervision.cockpit_case where case_id = :id and accepted_on is not null")
				.param("id", accepted)
				.query(Long.class)
				.single() == 1);

		assertThat(fixtures.state(refusing)).isEqualTo(CaseState.REFUSAL_PENDING);
		assertThat(unit.as("h", () -> cases.search(CaseQuery.of(CaseQuery.CaseList.DEPARTMENT), null, null, 50)).rows())
			.extracting(CaseSummary::id)
			.as("the department's list holds both")
			.contains(accepted, refusing);
		assertThat(runAs("cockpit-supervisor", () -> cockpit.figures(unit.unit.id()), "ROLE_SUPERVISOR").openCases())
			.as("the cockpit counts the accepted one only")
			.isEqualTo(1);
	}
}
