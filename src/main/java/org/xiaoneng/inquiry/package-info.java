/**
 * 首问负责制: the first-inquiry register (首问登记台账) with its four outcome paths, the first responder's duty to
 * follow a matter to its end (首问到底), buck-passing (推诿) detection, time limits per category, and complaints and
 * reports (投诉、举报) handled by supervisors with the complainant's identity kept from everyone else, citing the
 * conduct rule (十不准) breached by its code in the unit's list.
 */
@ApplicationModule(id = "inquiry", displayName = "Inquiry 首问负责", allowedDependencies = { "common", "database", "audit",
		"documents", "notification", "organization", "calendar", "substitution", "catalog", "ratelimit", "security", "badge", "conduct" })
package org.xiaoneng.inquiry;

import org.springframework.modulith.ApplicationModule;
