package org.xiaoneng.platform.audit.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/**
 * Puts the audit log in the staff navigation of auditors and supervisors.
 */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	MenuEntry auditMenuEntry() {
		return new MenuEntry("nav.audit", "/audit", Set.of("AUDITOR", "SUPERVISOR"), 90, WorkArea.SYSTEM);
	}
}
