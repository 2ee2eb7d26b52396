package org.xiaoneng.platform.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenarios that need an audit log of their own: each runs on an empty log (as only a superuser could make it) in
 * one transaction that is rolled back at the end, so other tests never see it, and with no chain head recorded
 * outside the database meanwhile. It first takes the chain writer lock (by chaining), so that the background
 * chainer waits for the scenario instead of deadlocking on the tables the scenario empties.
 */
final class EmptyAuditLog {

	private final AuditChainer chainer;

	private final Superuser superuser;

	private final ExternalAnchorFile externalAnchors;

	private final TransactionTemplate transactions;

	EmptyAuditLog(AuditChainer chainer, AuditSettings settings, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.chainer = chainer;
		this.superuser = new Superuser(jdbc, transactionManager);
		this.externalAnchors = new ExternalAnchorFile(settings);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	void rolledBackAfterwards(Runnable scenario) {
		externalAnchors.emptyDuring(() -> transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			chainer.chainPending();
			superuser.bypassingTriggers(sql -> {
				sql.update("delete from audit.entry");
				sql.update("delete from audit.archived_entry");
				sql.update("delete from audit.chain_anchor");
				sql.update("update audit.chain_head set chain_position = 0, hash = ?", (Object) new byte[32]);
			});
			scenario.run();
		}));
	}
}
