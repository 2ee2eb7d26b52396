/**
 * Value types that every module speaks in (identity numbers, phone numbers, working days, business numbers) and the small interfaces that let modules answer shared questions; no business rules with state.
 */
@ApplicationModule(id = "common", displayName = "Common 共享内核", allowedDependencies = {  })
package org.xiaoneng.common;

import org.springframework.modulith.ApplicationModule;
