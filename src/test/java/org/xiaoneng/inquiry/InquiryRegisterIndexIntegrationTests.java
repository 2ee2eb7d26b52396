package org.xiaoneng.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.testing.IntegrationTest;

/**
 * Every order of the register reads its page from an index in that order, for the whole region and for one unit: with
 * sequential scans priced out, the plan of the register's page query (its shape in {@code Inquiries.register}) holds
 * no sort, which it would if no index gave the order.
 */
@IntegrationTest
class InquiryRegisterIndexIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@ParameterizedTest
	@EnumSource(RegisterOrder.class)
	void theRegistersPageInEachOrderComesFromAnIndexWithoutSorting(RegisterOrder order) {
		assertThat(plan(order, "")).doesNotContain("Sort");
		assertThat(plan(order, " and unit_id = :unit")).doesNotContain("Sort");
	}

	private String plan(RegisterOrder order, String unitFilter) {
		Keyset keyset = Keyset.at(null, order.keyset(), 20);
		Map<String, Object> params = new HashMap<>(keyset.parameters());
		if (!unitFilter.isEmpty()) {
			params.put("unit", 1L);
		}
		List<String> lines = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return jdbc.sql("explain select * from inquiry.inquiry where true and not confidential" + unitFilter + " and "
					+ keyset.condition() + keyset.orderAndLimit()).params(params).query(String.class).list();
		});
		return String.join("\n", lines);
	}
}
