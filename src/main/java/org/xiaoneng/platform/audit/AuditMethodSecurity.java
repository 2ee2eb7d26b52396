package org.xiaoneng.platform.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize}, which guards the auditor's pages and API by role.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AuditMethodSecurity {
}
