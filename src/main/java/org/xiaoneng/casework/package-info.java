/**
 * 办件 (casework): intake with the one-time notice (一次性告知制), acceptance with its receipt, steps routed to whoever
 * acts for each post, the clock with its pauses and extensions (限时办结制), completion and delivery, public progress
 * and rating (好差评). {@link org.xiaoneng.casework.Cases} is the facade; refused states are reached only through the
 * refusal module's filing (否定报备制), through the named interface {@code casework :: refusal}
 * ({@link org.xiaoneng.casework.refusal.CaseRefusals}) and confirmed by
 * {@link org.xiaoneng.casework.refusal.RefusalRecords}. At the centre, the aggregate {@link org.xiaoneng.casework.Case}
 * guards every transition of a case.
 */
@ApplicationModule(id = "casework", displayName = "Casework 办件", allowedDependencies = { "common", "database", "audit",
		"documents", "notification", "organization", "calendar", "substitution", "catalog", "ratelimit", "badge" })
package org.xiaoneng.casework;

import org.springframework.modulith.ApplicationModule;
