package org.xiaoneng.supervision.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The cockpit counts each fact once, whatever the event registry redelivers and in whatever order the listeners run:
 * what only the database can prove.
 */
@IntegrationTest
class DailyFiguresIntegrationTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

	@Autowired
	DailyFigures figures;

	@Autowired
	CockpitReadings readings;

	@Autowired
	JdbcClient jdbc;

	private final long unit = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);

	@Test
	void aRedeliveredEventIsCountedOnce() {
		long kase = caseId();
		figures.received(kase, unit, DAY);
		figures.received(kase, unit, DAY);
		figures.accepted(kase, unit, "号1", DAY, DAY.plusDays(7));
		figures.accepted(kase, unit, "号1", DAY, DAY.plusDays(7));
		assertThat(readings.openCases(unit)).isEqualTo(1);

		figures.completed(kase, unit, 5, DAY.plusDays(3), DAY.plusDays(7), true, null, null, 3, 5);
		figures.completed(kase, unit, 5, DAY.plusDays(3), DAY.plusDays(7), true, null, null, 3, 5);
		figures.rated(kase, unit, 5, 2, DAY.plusDays(4));
		figures.rated(kase, unit, 5, 2, DAY.plusDays(4));

		assertThat(readings.openCases(unit)).isZero();
		assertThat(readings.receivedOn(unit, DAY)).isEqualTo(1);
		assertThat(sum("completed")).isEqualTo(1);
		assertThat(sum("on_time")).isEqualTo(1);
		assertThat(sum("days_used")).isEqualTo(3);
		assertThat(sum("rated")).isEqualTo(1);
		assertThat(sum("dissatisfied")).isEqualTo(1);
	}

	@Test
	void aCaseClosedBeforeItsAcceptanceWasHeardOfNeverCountsAsOpen() {
		long withdrawn = caseId();
		long completed = caseId();
		figures.withdrawn(withdrawn, unit, DAY.plusDays(1));
		figures.accepted(withdrawn, unit, "号2", DAY, DAY.plusDays(7));
		figures.completed(completed, unit, 5, DAY.plusDays(2), DAY.plusDays(7), true, null, null, 2, 5);
		figures.accepted(completed, unit, "号3", DAY, DAY.plusDays(7));

		assertThat(readings.openCases(unit)).isZero();
		assertThat(sum("accepted")).isEqualTo(2);
	}

	@Test
	void onTimeIsCountedAgainstThePromisedAndTheStatutoryDeadlineSeparately() {
		long withinBoth = caseId();
		long lateOnlyAgainstThePromise = caseId();
		long lateAgainstBoth = caseId();
		long noStatutoryLimit = caseId();
		LocalDate promised = DAY.plusDays(7);
		LocalDate statutory = DAY.plusDays(14);
		figures.completed(withinBoth, unit, 5, DAY.plusDays(3), promised, true, statutory, true, 3, 5);
		figures.completed(lateOnlyAgainstThePromise, unit, 5, DAY.plusDays(10), promised, false, statutory, true, 8,
				5);
		figures.completed(lateAgainstBoth, unit, 5, DAY.plusDays(20), promised, false, statutory, false, 14, 5);
		figures.completed(noStatutoryLimit, unit, 5, DAY.plusDays(3), promised, true, null, null, 3, 5);

		CockpitReadings.Sums month = readings.byDepartment(unit, YearMonth.from(DAY)).get(5L);
		Cockpit.MonthFigures figures = Cockpit.MonthFigures.of(YearMonth.from(DAY), month);
		assertThat(figures.onTimeRate()).isEqualTo(50.0);
		assertThat(figures.withStatutory()).isEqualTo(3);
		assertThat(figures.onTimeStatutoryRate()).isEqualTo(66.7);
		assertThat(readings.cases(unit, CaseFigure.LATE_STATUTORY, 5L, YearMonth.from(DAY)))
			.extracting(CockpitReadings.CaseLine::caseId)
			.containsExactly(lateAgainstBoth);
	}

	@Test
	void onlyComplaintsCountAndEachOnce() {
		long inquiry = caseId();
		figures.complained(inquiry, unit, DAY);
		figures.complained(inquiry, unit, DAY);

		assertThat(sum("complaints")).isEqualTo(1);
	}

	private long sum(String column) {
		return jdbc.sql("select coalesce(sum(" + column + "), 0) from supervision.daily_figure where unit_id = :unit")
			.param("unit", unit)
			.query(Long.class)
			.single();
	}

	private static long caseId() {
		return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
	}
}
