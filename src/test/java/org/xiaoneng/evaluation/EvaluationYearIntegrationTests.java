package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.evaluation.SchemeIntegrationTests.asTeam;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.accountability.AccountabilityCaseId;
import org.xiaoneng.accountability.AccountabilityDecided;
import org.xiaoneng.accountability.FailureType;
import org.xiaoneng.accountability.Sanction;
import org.xiaoneng.accountability.Severity;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * A year of evaluation through the facades and the database: scores entered by the leader and the team, the year
 * started and computed over the region, a staff member's breakdown, the quota refusing the extra 优秀, a sanctioned
 * person blocked with the reason, publication for objections, a signature and a dispute that reaches the team. Each
 * test runs its own year, as computing takes the whole region.
 */
@IntegrationTest
class EvaluationYearIntegrationTests {

	@Autowired
	PerformanceEvaluation evaluation;

	@Autowired
	EvaluationResults results;

	@Autowired
	Organization organization;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ListenersAtRest listeners;

	@Autowired
	MutableClock clock;

	@Autowired
	YearInputs inputs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStaffMemberReadsTheirBreakdownSignsItAndAColleaguesDisputeReachesTheTeam() {
		int year = 2046;
		EvaluationOffice office = new EvaluationOffice(organization);
		startYear(year);
		office.as("d", "LEADER", () -> {
			evaluation.enterScore(year, ObjectType.STAFF, office.handler.id(), "DE.2", 90);
			return null;
		});
		asTeam(() -> {
			evaluation.enterScore(year, ObjectType.STAFF, office.handler.id(), "JI.2", 95);
			return evaluation.compute(year);
		});

		ResultView mine = office.as("a", "HANDLER", () -> results.mine(year)).orElseThrow();
		assertThat(mine.breakdown()).hasSize(Scheme.draft(year, ObjectType.STAFF, GradeScale.CIVIL_SERVANT,
				DefaultSchemes.staff(false), "t", clock.instant()).leaves().size());
		assertThat(mine.breakdown()).filteredOn(line -> line.code().equals("DE.2"))
			.singleElement()
			.satisfies(line -> assertThat(line.figure()).isEqualTo(90.0));
		assertThat(mine.state()).isEqualTo(ResultState.COMPUTED);
		assertThatThrownBy(() -> asTeam(() -> evaluation.draftDefaultScheme(year, ObjectType.STAFF,
				GradeScale.CIVIL_SERVANT, false))).isInstanceOf(SchemeFrozenException.class);

		asTeam(() -> evaluation.publish(year));
		ResultView signed = office.as("a", "HANDLER", () -> results.sign(mine.id()));
		assertThat(signed.state()).isEqualTo(ResultState.SIGNED);
		assertThat(signed.objectionsUntil()).isAfterOrEqualTo(LocalDate.now(clock).plusDays(5));

		EvaluationOffice another = new EvaluationOffice(organization);
		for (String[] overseer : new String[][] { { "h", "DEPT_HEAD" }, { "d", "LEADER" } }) {
			assertThatThrownBy(() -> another.as(overseer[0], overseer[1], () -> results.result(mine.id())))
				.as("%s of another unit", overseer[1])
				.isInstanceOf(ResultNotFoundException.class);
			assertThatThrownBy(() -> another.as(overseer[0], overseer[1], () -> results.evidence(mine.id())))
				.isInstanceOf(ResultNotFoundException.class);
		}
		assertThat(office.as("h", "DEPT_HEAD", () -> results.result(mine.id())).id()).isEqualTo(mine.id());

		long colleagues = office.as("b", "HANDLER", () -> results.mine(year)).orElseThrow().id();
		assertThatThrownBy(() -> office.as("b", "HANDLER", () -> results.sign(mine.id())))
			.isInstanceOf(ResultNotFoundException.class);
		office.as("b", "HANDLER", () -> results.dispute(colleagues, "年终考核分数与实际工作量不符"));
		assertThat(asTeam(() -> evaluation.openForTeam(year))).extracting(ResultView::id).contains(colleagues);
	}

	@Test
	void theQuotaRefusesTheExtraExcellentAndASanctionedPersonIsBlockedWithTheReason() {
		int year = 2047;
		EvaluationOffice office = new EvaluationOffice(organization);
		startYear(year);
		sanctionColleague(office, year);
		asTeam(() -> evaluation.compute(year));

		List<ResultView> unit = asTeam(() -> evaluation.results(year, ObjectType.STAFF)).stream()
			.filter(result -> result.unitId() == office.unit.id())
			.toList();
		assertThat(unit).hasSize(5);
		ResultView blocked = unit.stream().filter(r -> r.objectId() == office.colleague.id()).findFirst().orElseThrow();
		assertThat(blocked.blockedReason()).startsWith("#");
		assertThatThrownBy(() -> asTeam(() -> results.regrade(blocked.id(), Grade.EXCELLENT)))
			.isInstanceOf(ExcellentBlockedException.class);

		// five evaluated: 20 % is one 优秀, the second is refused until the principal leader widens it to 25 %
		List<ResultView> others = unit.stream().filter(r -> r.id() != blocked.id()).toList();
		asTeam(() -> results.regrade(others.get(0).id(), Grade.EXCELLENT));
		assertThatThrownBy(() -> asTeam(() -> results.regrade(others.get(1).id(), Grade.EXCELLENT)))
			.isInstanceOfSatisfying(ExcellentQuotaExceededException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("evaluation.error.quotaFullWithoutApproval"));
		assertThat(asTeam(() -> results.result(others.get(1).id())).grade()).isNotEqualTo(Grade.EXCELLENT);
	}

	@Test
	void oneStaffMemberRecomputedAloneGetsTheWholeYearsFiguresAndResult() {
		int year = 2050;
		EvaluationOffice office = new EvaluationOffice(organization);
		startYear(year);
		sanctionColleague(office, year);
		asTeam(() -> {
			evaluation.enterScore(year, ObjectType.STAFF, office.handler.id(), "JI.2", 95);
			return evaluation.compute(year);
		});
		List<ResultView> unit = asTeam(() -> evaluation.results(year, ObjectType.STAFF)).stream()
			.filter(result -> result.unitId() == office.unit.id())
			.toList();
		assertThat(unit).hasSize(5);

		for (ResultView whole : unit) {
			ResultView alone = asTeam(() -> evaluation.computeStaff(year, new StaffId(whole.objectId())));
			assertThat(alone.id()).isEqualTo(whole.id());
			assertThat(alone.breakdown()).isEqualTo(whole.breakdown());
			assertThat(alone.total()).isEqualTo(whole.total());
			assertThat(alone.rank()).isEqualTo(whole.rank());
			assertThat(alone.grade()).isEqualTo(whole.grade());
			assertThat(alone.blockedReason()).isEqualTo(whole.blockedReason());
		}
		// the readers restricted to one person give the whole year's figures of every person, this year's too
		for (int of : new int[] { year, LocalDate.now(clock).getYear() }) {
			YearInputs.Year all = inputs.of(of);
			assertThat(of != year || all.staff().containsKey(office.colleague.id())).isTrue();
			for (long staffId : all.staff().keySet()) {
				YearInputs.Year one = inputs.ofStaff(of, new StaffId(staffId));
				assertThat(one.ofStaff(staffId)).as("staff %d in %d", staffId, of).isEqualTo(all.ofStaff(staffId));
				assertThat(one.staffBlocks().get(staffId)).isEqualTo(all.staffBlocks().get(staffId));
			}
		}

		assertThatThrownBy(() -> office.as("d", "LEADER",
				() -> evaluation.computeStaff(year, new StaffId(office.handler.id()))))
			.isInstanceOf(AccessDeniedException.class);
		asTeam(() -> evaluation.publish(year));
		assertThatThrownBy(() -> asTeam(() -> evaluation.computeStaff(year, new StaffId(office.handler.id()))))
			.isInstanceOf(ResultStateException.class);
	}

	@Test
	void aRecomputationWritesOnlyTheResultsWhoseFiguresRankOrGradeMoved() {
		int year = 2056;
		EvaluationOffice office = new EvaluationOffice(organization);
		startYear(year);
		asTeam(() -> {
			evaluation.enterScore(year, ObjectType.STAFF, office.handler.id(), "JI.2", 95);
			return evaluation.compute(year);
		});
		Map<String, String> written = rowVersions(year, office);
		assertThat(written).hasSize(7);

		// nothing new: neither the whole year again nor one person alone writes a row
		asTeam(() -> evaluation.compute(year));
		asTeam(() -> evaluation.computeStaff(year, new StaffId(office.colleague.id())));
		ResultView handler = asTeam(() -> evaluation.computeStaff(year, new StaffId(office.handler.id())));
		assertThat(rowVersions(year, office)).isEqualTo(written);

		// the handler's year-end score falls but keeps them first: their row alone is written
		ResultView lower = asTeam(() -> {
			evaluation.enterScore(year, ObjectType.STAFF, office.handler.id(), "JI.2", 90);
			return evaluation.computeStaff(year, new StaffId(office.handler.id()));
		});
		assertThat(lower.total()).isLessThan(handler.total());
		assertThat(lower.rank()).isEqualTo(1);
		Map<String, String> after = rowVersions(year, office);
		assertThat(after).hasSize(7);
		String handlersRow = "STAFF/" + office.handler.id();
		assertThat(after.get(handlersRow)).isNotEqualTo(written.get(handlersRow));
		after.remove(handlersRow);
		written.remove(handlersRow);
		assertThat(after).isEqualTo(written);
	}

	/** Each result of the office's unit (its staff and its departments) with its row version (xmin). */
	private Map<String, String> rowVersions(int year, EvaluationOffice office) {
		Map<String, String> versions = new HashMap<>();
		jdbc.sql("select object_type, object_id, xmin::text as xmin from evaluation.result where year = :year and unit_id = :unit")
			.param("year", year)
			.param("unit", office.unit.id())
			.query(rs -> {
				versions.put(rs.getString("object_type") + "/" + rs.getLong("object_id"), rs.getString("xmin"));
			});
		return versions;
	}

	/** The colleague's accountability decision of the year, which bars them from 优秀. */
	private void sanctionColleague(EvaluationOffice office, int year) {
		transactions.executeWithoutResult(status -> events.publishEvent(new AccountabilityDecided(
				new AccountabilityCaseId(ThreadLocalRandom.current().nextLong(1L << 40)), office.unit.id(),
				office.registration.id(), new StaffId(office.colleague.id()), year, FailureType.OVERTIME,
				Severity.SERIOUS, false, List.of(Sanction.PUBLIC_CRITICISM), true, 10, LocalDate.of(year, 3, 5))));
		assertThat(listeners.await(Duration.ofSeconds(10))).isTrue();
	}

	/** The source text's schemes for every kind and scale, so that every unit of the region is scored; then started. */
	private void startYear(int year) {
		asTeam(() -> {
			for (GradeScale scale : GradeScale.values()) {
				evaluation.draftDefaultScheme(year, ObjectType.DEPARTMENT, scale, false);
				evaluation.draftDefaultScheme(year, ObjectType.STAFF, scale, false);
			}
			return evaluation.startYear(year);
		});
	}
}
