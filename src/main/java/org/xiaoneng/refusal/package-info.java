/**
 * 否定报备制: no refusal without a filing. Every 不予受理 and 不予许可/不予办理 is filed (否定报备登记表), takes effect
 * within the handler's authority or goes to the leader with authority, ends in a written notice with the applicant's
 * remedies, and stays in the refusal register (登记册) with the return of materials and the leaders' review.
 */
@ApplicationModule(id = "refusal", displayName = "Refusal 否定报备",
		allowedDependencies = { "common", "database", "audit", "documents", "notification", "organization", "substitution",
				"calendar", "catalog", "casework", "casework :: refusal", "inquiry", "inquiry :: refusal" })
package org.xiaoneng.refusal;

import org.springframework.modulith.ApplicationModule;
