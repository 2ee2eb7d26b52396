/**
 * 失职追究制 (accountability): cases opened from red cards, substantiated complaints, refusals found wrong, inspections
 * and leaders' referrals; the subject's statement (申辩), a decision from the configured sanction ladder by someone
 * with the authority for it, and its effects on the person's year. Cases and inspection findings cite the conduct
 * rules (十不准) of the conduct module by code. It listens and reads; evaluation listens to it.
 * {@link org.xiaoneng.accountability.Accountability} is the facade, with
 * {@link org.xiaoneng.accountability.Inspections} for the supervisors' inspections (明察暗访).
 */
@ApplicationModule(id = "accountability", displayName = "Accountability 失职追究",
		allowedDependencies = { "common", "database", "audit", "documents", "notification", "organization", "calendar",
				"conduct", "inquiry", "refusal", "supervision", "web" })
package org.xiaoneng.accountability;

import org.springframework.modulith.ApplicationModule;
