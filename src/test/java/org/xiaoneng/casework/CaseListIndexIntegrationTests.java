package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.testing.IntegrationTest;

/**
 * The branches of {@code CaseSearch} that issue 20 found reading every match (casework V14): one person's open cases
 * and one name start each read their page from an index in the list's order. With sequential scans priced out, the
 * plan of each branch (its shape in {@code CaseSearch.search}) holds no sort, which it would if no index gave the
 * order; a condition on anything else (the case's applicant name as a whole) still needs one, so the check can fail.
 */
@IntegrationTest
class CaseListIndexIntegrationTests {

	private static final String OPEN = "c.state in ('ACCEPTED', 'PROCESSING', 'SUSPENDED', 'REFUSAL_PENDING')";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void onePersonsOpenCasesComeInListOrderFromAnIndex() {
		assertThat(plan(OPEN + " and c.current_staff_id = :value", 11L)).doesNotContain("Sort");
	}

	@Test
	void onePersonsOpenCasesComeInListOrderWithTheScopeCheckedOnEachRow() {
		assertThat(plan(OPEN + " and coalesce((c.current_staff_number = 'SJ011' or c.received_by = 'handler'), false)"
				+ " and c.current_staff_id = :value", 11L)).doesNotContain("Sort");
	}

	@Test
	void anAbsenteesOpenCasesAtOnePostComeInListOrderFromTheirIndex() {
		// acting is per post (decision 0055): the branch of a post acted for filters the holder's index by post
		assertThat(plan(OPEN + " and coalesce((c.current_staff_number = 'SJ011' or c.received_by = 'handler'"
				+ " or (c.current_staff_id, c.current_post_id) in ((12, 5))), false)"
				+ " and c.current_staff_id = :value and c.current_post_id = 5", 12L))
			.contains("case_file_open_staff_by_deadline")
			.doesNotContain("Sort");
	}

	@Test
	void theCasesOfANamesStartComeInListOrderFromAnIndex() {
		assertThat(plan("left(lower(c.applicant_name), 2) = lower(:value)", "王伟")).doesNotContain("Sort");
		assertThat(plan("left(lower(c.applicant_organisation), 2) = lower(:value)"
				+ " and left(lower(c.applicant_name), 2) is distinct from lower(:value)", "王伟")).doesNotContain("Sort");
	}

	@Test
	void aConditionNoIndexOrdersIsSorted() {
		assertThat(plan("c.applicant_name = :value", "王伟")).contains("Sort");
	}

	private String plan(String branch, Object value) {
		Keyset keyset = Keyset.at(null, CaseOrder.DEADLINE.keyset(), 20);
		Map<String, Object> params = new HashMap<>(keyset.parameters());
		params.put("value", value);
		List<String> lines = transactions.execute(status -> {
			// the shared test database holds a few hundred cases, whose statistics may make a bitmap of another
			// index and a sort look cheaper: the question is whether the list's index serves the order alone
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local enable_bitmapscan = off").update();
			jdbc.sql("set local enable_sort = off").update();
			return jdbc.sql("explain select c.* from casework.case_file c where true and " + branch + " and "
					+ keyset.condition() + keyset.orderAndLimit()).params(params).query(String.class).list();
		});
		return String.join("\n", lines);
	}
}
