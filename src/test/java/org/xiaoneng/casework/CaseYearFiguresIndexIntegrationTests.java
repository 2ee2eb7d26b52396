package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.testing.IndexPlans;
import org.xiaoneng.testing.IntegrationTest;

/**
 * One staff member's completed cases of one year, the figure that grew with every case they ever held (casework V17,
 * docs/decisions/0056): the commitment fact carries every column their figures read, so the person's year is one
 * index-only range read of {@code commitment_fact_staff_completed}, no case file or rating read. With every other
 * access path priced out, a column the index does not hold (the case's statutory on-time flag) makes the plan read
 * the table, so the check can fail.
 */
@IntegrationTest
class CaseYearFiguresIndexIntegrationTests {

	private static final String INDEX_ONLY = "Index Only Scan using commitment_fact_staff_completed";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void onePersonsYearIsOneIndexOnlyRangeRead() {
		assertThat(plan("count(*) filter (where f.on_time), sum(f.working_days_used), sum(f.promised_days), "
				+ "count(*) filter (where f.bad_rating), f.department_id")).contains(INDEX_ONLY);
	}

	@Test
	void aColumnTheIndexDoesNotHoldIsReadFromTheTable() {
		assertThat(plan("count(*) filter (where f.on_time_statutory), f.department_id")).doesNotContain(INDEX_ONLY);
	}

	private String plan(String columns) {
		return IndexPlans.of(jdbc, transactions, "select " + columns + " from casework.commitment_fact f"
				+ " where f.completed_on >= :from and f.completed_on < :to and f.staff_id = :staff"
				+ " group by f.department_id",
				Map.of("from", LocalDate.of(2057, 1, 1), "to", LocalDate.of(2058, 1, 1), "staff", 11L));
	}
}
