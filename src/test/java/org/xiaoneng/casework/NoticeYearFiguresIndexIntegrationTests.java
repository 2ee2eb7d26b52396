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
 * One issuer's one-time notices of one year (casework V20, docs/decisions/0056): their first notices of the year are an
 * index-only range read of {@code correction_notice_first_issuer_case}, which carries the case, and each case's
 * department and deemed acceptance an index-only read of {@code case_file_notice_figures}, so neither the notice rows
 * nor the case files are read. With every other access path priced out, a column an index does not hold (the notice's
 * reason, the case's item name) makes the plan read the table, so each check can fail.
 */
@IntegrationTest
class NoticeYearFiguresIndexIntegrationTests {

	private static final String NOTICES = "Index Only Scan using correction_notice_first_issuer_case";

	private static final String CASES = "Index Only Scan using case_file_notice_figures";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void oneIssuersFirstNoticesOfTheYearAreOneIndexOnlyRangeRead() {
		assertThat(plan("select n.case_id " + NOTICES_OF_YEAR)).contains(NOTICES);
	}

	@Test
	void aNoticeColumnTheIndexDoesNotHoldIsReadFromTheTable() {
		assertThat(plan("select n.case_id, n.reason " + NOTICES_OF_YEAR)).doesNotContain(NOTICES);
	}

	@Test
	void eachCasesDepartmentAndDeemedAcceptanceAreAnIndexOnlyRead() {
		assertThat(plan("select c.department_id, c.deemed_accepted " + CASE)).contains(CASES);
	}

	@Test
	void aCaseColumnTheIndexDoesNotHoldIsReadFromTheCaseFile() {
		assertThat(plan("select c.department_id, c.item_name " + CASE)).doesNotContain(CASES);
	}

	private static final String NOTICES_OF_YEAR = "from casework.correction_notice n where n.round = 1"
			+ " and n.issued_on >= :from and n.issued_on < :to and n.issued_by_staff_id = :staff";

	private static final String CASE = "from casework.case_file c where c.id = :staff";

	private String plan(String query) {
		return IndexPlans.of(jdbc, transactions, query,
				Map.of("from", LocalDate.of(2057, 1, 1), "to", LocalDate.of(2058, 1, 1), "staff", 11L));
	}
}
