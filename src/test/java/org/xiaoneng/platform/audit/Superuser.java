package org.xiaoneng.platform.audit;

import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What only the table owner or a database superuser can do: write to the audit tables around their append-only
 * triggers, as someone tampering with the log would. The triggers are off only inside one transaction.
 */
final class Superuser {

	private static final String[] TABLES = { "audit.entry", "audit.archived_entry", "audit.chain_anchor" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	Superuser(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	void bypassingTriggers(Consumer<JdbcTemplate> tampering) {
		transactions.executeWithoutResult(status -> {
			for (String table : TABLES) {
				jdbc.execute("alter table " + table + " disable trigger all");
			}
			tampering.accept(jdbc);
			for (String table : TABLES) {
				jdbc.execute("alter table " + table + " enable trigger all");
			}
		});
	}
}
