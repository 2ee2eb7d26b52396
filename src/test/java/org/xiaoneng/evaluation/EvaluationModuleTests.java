package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.evaluation.SchemeIntegrationTests.asTeam;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.xiaoneng.accountability.AccountabilityCaseId;
import org.xiaoneng.accountability.AccountabilityDecided;
import org.xiaoneng.accountability.FailureType;
import org.xiaoneng.accountability.Sanction;
import org.xiaoneng.accountability.Severity;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;

/**
 * The evaluation module's main story with the modules whose facts it reads: an accountability decision
 * ({@link AccountabilityDecided}) reaches the year, and the year's computation bars the person decided against from
 * 优秀, naming the case. The module has a database of its own, so the year (2053) is no other test's.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class EvaluationModuleTests {

	private static final int YEAR = 2053;

	@Autowired
	PerformanceEvaluation evaluation;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccountabilityDecisionBarsItsSubjectFromExcellentInTheComputedYear(Scenario scenario) {
		EvaluationOffice office = new EvaluationOffice(organization);
		asTeam(() -> {
			for (GradeScale scale : GradeScale.values()) {
				evaluation.draftDefaultScheme(YEAR, ObjectType.DEPARTMENT, scale, false);
				evaluation.draftDefaultScheme(YEAR, ObjectType.STAFF, scale, false);
			}
			return evaluation.startYear(YEAR);
		});
		long caseId = ThreadLocalRandom.current().nextLong(1L << 40);

		scenario.publish(new AccountabilityDecided(new AccountabilityCaseId(caseId), office.unit.id(),
				office.registration.id(), new StaffId(office.colleague.id()), YEAR, FailureType.OVERTIME,
				Severity.SERIOUS, false, List.of(Sanction.PUBLIC_CRITICISM), true, 10, LocalDate.of(YEAR, 3, 5)))
			.andWaitForStateChange(() -> jdbc.sql("select count(*) from evaluation.sanction where case_id = ?")
				.param(caseId)
				.query(Integer.class)
				.single(), recorded -> recorded == 1)
			.andVerify(recorded -> {
				asTeam(() -> evaluation.compute(YEAR));
				ResultView colleague = asTeam(() -> evaluation.results(YEAR, ObjectType.STAFF)).stream()
					.filter(result -> result.objectId() == office.colleague.id())
					.findFirst()
					.orElseThrow();
				assertThat(colleague.blockedReason()).startsWith("#" + caseId + " ");
				assertThat(colleague.grade()).isNotEqualTo(Grade.EXCELLENT);
			});
	}
}
