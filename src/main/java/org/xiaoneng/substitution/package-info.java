/**
 * 同岗替代制: every post's substitute (B 角), absences with their handover (交接清单) and return (交回), leaders'
 * acting leaders, and the one question every module asks, {@link org.xiaoneng.substitution.Substitutes#whoActsFor}.
 */
@ApplicationModule(id = "substitution", displayName = "Substitution 同岗替代", allowedDependencies = { "common", "database", "audit", "organization", "calendar" })
package org.xiaoneng.substitution;

import org.springframework.modulith.ApplicationModule;
