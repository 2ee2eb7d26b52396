package org.xiaoneng.platform.audit;

import java.util.List;

/**
 * The append-only audit log. Modules record every state change a rule cares about through this facade, inside the
 * same transaction as the change, so that the change and its entry commit or roll back together.
 */
public interface AuditLog {

	/**
	 * Records an entry for the currently authenticated user (or {@code system} when nobody is signed in).
	 * Summaries must not carry personal data in clear: mask identity numbers and phones first.
	 */
	void record(AuditEntry entry);

	/** Records an entry for a named actor, e.g. the user name given at a failed login. */
	void recordAs(String actor, AuditEntry entry);

	/**
	 * Records several entries for a named actor in one statement, in the order given, each as
	 * {@link #recordAs(String, AuditEntry)} records it: for a sweep that reports hundreds of objects in one
	 * transaction.
	 */
	void recordAllAs(String actor, List<AuditEntry> entries);
}
