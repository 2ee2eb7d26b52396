package org.xiaoneng.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.testing.SharedTestDatabase;

/**
 * Only the writing transactions of a thread that loads data built again from nothing commit without waiting for their
 * flush; every other transaction, on that thread or any other, waits as the server's settings say.
 */
class PlatformTransactionsIntegrationTests {

	private final DataSource database = SharedTestDatabase.server().superuser("postgres");

	private final PlatformTransactions transactions = new PlatformTransactions(database);

	@Test
	void aLoadingThreadsWritingTransactionDoesNotWaitForItsFlush() {
		AsynchronousCommits.beginOnThisThread();
		try {
			assertThat(synchronousCommit(false)).isEqualTo("off");
			assertThat(synchronousCommit(true)).isEqualTo("on");
		}
		finally {
			AsynchronousCommits.endOnThisThread();
		}
	}

	@Test
	void everyOtherTransactionWaitsForItsFlush() {
		assertThat(synchronousCommit(false)).isEqualTo("on");
		AsynchronousCommits.beginOnThisThread();
		AsynchronousCommits.endOnThisThread();
		assertThat(synchronousCommit(false)).isEqualTo("on");
	}

	private String synchronousCommit(boolean readOnly) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(readOnly);
		return template.execute(status -> new JdbcTemplate(database).queryForObject("show synchronous_commit",
				String.class));
	}
}
