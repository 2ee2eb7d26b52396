package org.xiaoneng.platform.audit;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What only a database superuser can do: write to the audit tables around their append-only triggers, as someone
 * tampering with the log would, by switching the session to replication mode, in which ordinary triggers do not
 * fire. The mode holds only inside one transaction.
 */
final class Superuser {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	Superuser(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	void bypassingTriggers(Consumer<JdbcTemplate> tampering) {
		transactions.executeWithoutResult(status -> {
			jdbc.execute("set local session_replication_role = replica");
			tampering.accept(jdbc);
			jdbc.execute("set local session_replication_role = origin");
		});
	}
}
