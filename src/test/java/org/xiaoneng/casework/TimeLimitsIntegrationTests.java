package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xiaoneng.casework.CaseworkUnit.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.catalog.CommitmentMeasurements;
import org.xiaoneng.catalog.CommitmentMetric;
import org.xiaoneng.catalog.Measurement;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.substitution.Substitutes;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/**
 * A case's time limits (行政许可法 第四十二条、第四十五条): the statutory deadline kept beside the promised one, an
 * extension moving only the deadline in force, on time measured against the promise and the law apart, and only the
 * special procedures art. 45 names pausing the clock without a cited law.
 */
@IntegrationTest
class TimeLimitsIntegrationTests {

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

	@Autowired
	CommitmentMeasurements measurements;

	private Instant before;

	@BeforeEach
	void monday() {
		before = clock.instant();
		clock.set(at(3, 9, 9));
	}

	@AfterEach
	void restore() {
		clock.set(before);
	}

	@Test
	void anExtendedCaseDecidedAfterItsPromiseIsLateAgainstThePromiseAndOnTimeAgainstTheStatutoryLimit() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = accepted(u);
		CaseExtension asked = u.as("a", () -> cases.requestExtension(id, 3, "需补充现场核查"));
		u.as("d", () -> cases.decideExtension(asked.id(), ExtensionDecision.APPROVED, "同意"));

		CaseFile file = cases.caseFile(id);
		assertThat(file.deadline()).isEqualTo(LocalDate.of(2026, 3, 19));
		assertThat(file.promisedDeadline()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(file.statutoryDeadline()).isAfter(file.deadline());
		DeadlineExplanation explanation = cases.details(id, DataScope.wholeRegionScope()).explanation();
		assertThat(explanation.statutoryDays()).isEqualTo(20);
		assertThat(explanation.statutoryDeadline()).isEqualTo(file.statutoryDeadline());

		clock.set(at(3, 18, 9));
		u.as("a", () -> cases.completeStep(id, 1, "同意"));
		u.as("r", () -> cases.signStep(id, 2));
		u.as("r", () -> cases.completeStep(id, 2, "同意"));
		u.as("h", () -> cases.completeStep(id, 3, "准予"));
		u.as("h", () -> cases.complete(id, "许可证", "X" + u.tag));

		Map<String, Object> fact = jdbc.sql("select on_time, on_time_statutory from casework.commitment_fact where case_id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(fact).containsEntry("on_time", false).containsEntry("on_time_statutory", true);
		LocalDate from = LocalDate.of(2026, 3, 1);
		LocalDate to = LocalDate.of(2026, 3, 31);
		assertThat(measurements.measure(new UnitId(u.unit.id()), CommitmentMetric.ON_TIME_COMPLETION_RATE, from, to))
			.contains(new Measurement(new BigDecimal("0.0"), 1));
		assertThat(measurements.measure(new UnitId(u.unit.id()), CommitmentMetric.STATUTORY_ON_TIME_RATE, from, to))
			.contains(new Measurement(new BigDecimal("100.0"), 1));
	}

	@Test
	void onlyTheSpecialProceduresArticle45NamesPauseTheClockWhereTheItemListsNone() {
		CaseworkUnit u = new CaseworkUnit(organization, substitutes, catalog);
		long id = accepted(u);

		assertThatThrownBy(() -> u.as("a", () -> cases.suspend(id, PauseKind.SPECIAL_PROCEDURE, "公示", "公示期", 5)))
			.hasMessage("casework.pause.notExcluded");
		assertThat(cases.caseFile(id).state()).isNotEqualTo(CaseState.SUSPENDED);

		u.as("a", () -> cases.suspend(id, PauseKind.SPECIAL_PROCEDURE, "检疫", "送检疫", 5));
		assertThat(cases.caseFile(id).state()).isEqualTo(CaseState.SUSPENDED);
	}

	private long accepted(CaseworkUnit u) {
		long id = u.as("c", () -> cases.submit(u.submission(CaseworkUnit.RESIDENT_ID), null)).id();
		u.as("c", () -> cases.accept(id));
		return id;
	}
}
