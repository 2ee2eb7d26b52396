/**
 * 持证上岗 (rule 九 of the source text): duty badges issued to new staff and to secondees of half a year or more, taken
 * back on transfer and departure, voided and reissued under a new number when lost, printed as CR80 cards whose QR
 * code opens the public verification page. It listens to the organisation and reads it; nothing depends on it.
 * {@link org.xiaoneng.badge.BadgeOffice} is the facade.
 */
@ApplicationModule(id = "badge", displayName = "Badge 持证上岗",
		allowedDependencies = { "common", "organization", "catalog", "audit", "documents", "ratelimit" })
package org.xiaoneng.badge;

import org.springframework.modulith.ApplicationModule;
