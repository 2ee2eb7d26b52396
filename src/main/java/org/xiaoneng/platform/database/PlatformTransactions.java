package org.xiaoneng.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Spring Boot's JDBC transaction manager (which this replaces, with the same customizers), except that a writing
 * transaction begun on a thread marked by {@link AsynchronousCommits} commits without waiting for its flush.
 */
final class PlatformTransactions extends JdbcTransactionManager {

	PlatformTransactions(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		if (!definition.isReadOnly() && AsynchronousCommits.onThisThread()) {
			try (var statement = connection.createStatement()) {
				statement.execute("set local synchronous_commit to off");
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TransactionManagerConfiguration {

		@Bean
		PlatformTransactions transactionManager(DataSource dataSource,
				ObjectProvider<TransactionManagerCustomizers> customizers) {
			PlatformTransactions transactions = new PlatformTransactions(dataSource);
			customizers.ifAvailable(customizer -> customizer.customize(transactions));
			return transactions;
		}
	}
}
