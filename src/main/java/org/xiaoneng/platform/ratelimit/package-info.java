/**
 * Per-address limits of the public endpoints that need no login (progress look-ups, public submissions): named
 * buckets, each with its limit and window from configuration, counted in one table that every node of a cluster
 * shares.
 */
@ApplicationModule(id = "ratelimit", displayName = "Rate limits 限流", allowedDependencies = { "common" })
package org.xiaoneng.platform.ratelimit;

import org.springframework.modulith.ApplicationModule;
