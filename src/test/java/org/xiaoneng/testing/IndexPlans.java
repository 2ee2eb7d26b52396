package org.xiaoneng.testing;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan of a query when only an index can serve it, for tests that hold a figure to the index meant for it: the
 * shared test database holds a few hundred rows, whose statistics may make a whole read look cheaper, so whole
 * reads, bitmap reads and plain index reads are priced out for the one statement and the question is which index
 * serves it.
 */
public final class IndexPlans {

	private IndexPlans() {
	}

	/** The {@code explain} of the query with the named parameters, one line per plan node. */
	public static String of(JdbcClient jdbc, TransactionTemplate transactions, String query, Map<String, ?> params) {
		List<String> lines = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local enable_bitmapscan = off").update();
			jdbc.sql("set local enable_indexscan = off").update();
			return jdbc.sql("explain " + query).params(params).query(String.class).list();
		});
		return String.join("\n", lines);
	}
}
