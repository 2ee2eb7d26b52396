/**
 * The append-only audit log: every change a rule cares about is recorded in the business transaction and chained with SM3 so that tampering is detectable.
 */
@ApplicationModule(id = "audit", displayName = "Audit log 审计日志", allowedDependencies = { "common" })
package org.xiaoneng.platform.audit;

import org.springframework.modulith.ApplicationModule;
