package org.xiaoneng.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to {@code audit.entry}. An insert takes only the next sequence number, never a lock on the chain,
 * so that auditing does not serialise business transactions; the chain is built afterwards in sequence order.
 */
@Repository
class AuditEntries implements AuditLog {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditEntries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEntry entry) {
		recordAs(currentActor(), entry);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(String actor, AuditEntry entry) {
		jdbc.sql("""
				insert into audit.entry (occurred_at, actor, module, action, object_id, before_summary, after_summary)
				values (:occurredAt, :actor, :module, :action, :objectId, :before, :after)
				""")
			.param("occurredAt", OffsetDateTime.now(clock))
			.param("actor", actor)
			.param("module", entry.module())
			.param("action", entry.action())
			.param("objectId", entry.objectId())
			.param("before", entry.before())
			.param("after", entry.after())
			.update();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
	}
}
