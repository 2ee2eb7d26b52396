package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.evaluation.SchemeIntegrationTests.asTeam;
import static org.xiaoneng.testing.TestData.creditCode;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xiaoneng.common.DepartmentId;
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
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffParticulars;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * The demo county's evaluation, built once through the facades: schemes, the leader's and the team's scores, the
 * region computed and published, so that the handler has a published result with a grade and a breakdown.
 */
@IntegrationTest
class DemoEvaluationIntegrationTests {

	/** A year of its own: computing takes the whole region. */
	private static final int YEAR = 2049;

	@Autowired
	PerformanceEvaluation evaluation;

	@Autowired
	EvaluationResults results;

	@Autowired
	Organization organization;

	@Autowired
	MutableClock clock;

	@Test
	void theDemoYearIsComputedAndPublishedOnceWithTheHandlersResultToSign() {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		Unit unit = asAdmin(() -> {
			organization.defineRegion("520999", "示范县");
			return organization.createUnit(new NewUnit("520999", "考评演示局" + tag, "演" + tag, creditCode()));
		});
		Department registration = asAdmin(
				() -> organization.createDepartment(new NewDepartment(unit.id(), null, "登记注册科")));
		StaffMember deputy = join("d" + tag, registration);
		StaffMember handler = join("a" + tag, registration);
		join("c" + tag, registration);
		asAdmin(() -> {
			organization.appointDeputyLeader(new UnitId(unit.id()), new StaffId(deputy.id()), Set.of(new DepartmentId(registration.id())));
			return null;
		});
		DemoEvaluation demo = new DemoEvaluation(evaluation, organization, clock);
		DemoEvaluation.People people = new DemoEvaluation.People("evaluation-demo-team", "d" + tag, "a" + tag);

		int built = demo.build(YEAR, people);
		int again = demo.build(YEAR, people);

		assertThat(built).isPositive();
		assertThat(again).isZero();
		ResultView mine = runAs("a" + tag, () -> results.mine(YEAR), "ROLE_HANDLER").orElseThrow();
		assertThat(mine.state()).isEqualTo(ResultState.PUBLISHED);
		assertThat(mine.grade()).isNotNull();
		assertThat(mine.breakdown()).filteredOn(line -> line.code().equals("DE.2"))
			.singleElement()
			.satisfies(line -> assertThat(line.figure()).isNotNull());
		List<ResultView> departments = asTeam(() -> evaluation.results(YEAR, ObjectType.DEPARTMENT));
		assertThat(departments).filteredOn(r -> r.objectId() == registration.id())
			.singleElement()
			.satisfies(r -> assertThat(r.state()).isEqualTo(ResultState.PUBLISHED));
	}

	private StaffMember join(String username, Department department) {
		return asAdmin(() -> organization.join(new NewStaff(username, department.id(), LocalDate.of(2020, 1, 1),
				new StaffParticulars("演示" + username, Gender.FEMALE, null, "科员", PoliticalStatus.MASSES,
						Employment.ESTABLISHED, null, null, username))));
	}

	private static <T> T asAdmin(Supplier<T> action) {
		return runAs("evaluation-admin", action, "ROLE_ADMIN");
	}
}
