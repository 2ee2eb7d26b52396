package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.testing.IndexPlans;
import org.xiaoneng.testing.IntegrationTest;

/**
 * One holder's yellow and red cards of one year (supervision V50, docs/decisions/0056): the figure filters on the day
 * of issue, so it is an index-only range read of {@code card_holder_issued}, not every card the person ever held read
 * through {@code card_holder} (which orders by the day raised). With every other access path priced out, a column the
 * index does not hold (the rule) makes the plan read the table, so the check can fail.
 */
@IntegrationTest
class CardYearFiguresIndexIntegrationTests {

	private static final String INDEX_ONLY = "Index Only Scan using card_holder_issued";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void oneHoldersYearIsOneIndexOnlyRangeRead() {
		assertThat(plan("count(*) filter (where colour = 'RED')")).contains(INDEX_ONLY);
	}

	@Test
	void aColumnTheIndexDoesNotHoldIsReadFromTheTable() {
		assertThat(plan("count(*) filter (where rule_code = '')")).doesNotContain(INDEX_ONLY);
	}

	private String plan(String columns) {
		return IndexPlans.of(jdbc, transactions, "select department_id, " + columns + " from supervision.card"
				+ " where issued_at >= :from and issued_at < :to and department_id is not null"
				+ " and colour in ('YELLOW', 'RED') and state not in ('PENDING', 'REVOKED', 'CANCELLED')"
				+ " and holder_staff_id = :staff group by department_id",
				Map.of("from", LocalDate.of(2058, 1, 1).atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime(),
						"to", LocalDate.of(2059, 1, 1).atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime(),
						"staff", 11L));
	}
}
