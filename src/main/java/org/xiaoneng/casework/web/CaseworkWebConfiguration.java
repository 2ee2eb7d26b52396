package org.xiaoneng.casework.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/** Casework's places in the staff menu and its public paths (progress and rating need no login). */
@Configuration(proxyBeanMethods = false)
class CaseworkWebConfiguration {

	@Bean
	PublicEndpoints caseworkPublicEndpoints() {
		return () -> List.of("/portal/progress", "/portal/progress/**", "/api/v1/public/progress",
				"/api/v1/public/progress/**", "/api/v1/public/ratings");
	}

	@Bean
	MenuEntry intakeMenuEntry() {
		return new MenuEntry("casework.nav.intake", "/cases/intake", Set.of("WINDOW_CLERK", "HANDLER"), 20,
				WorkArea.CASES);
	}

	@Bean
	MenuEntry caseListMenuEntry() {
		return new MenuEntry("casework.nav.cases", "/cases", Set.of("WINDOW_CLERK", "HANDLER", "DEPT_HEAD", "LEADER",
				"SUPERVISOR", "ADMIN"), 21, WorkArea.CASES);
	}

	@Bean
	MenuEntry caseApprovalsMenuEntry() {
		return new MenuEntry("casework.nav.approvals", "/cases/approvals", Set.of("LEADER", "DEPT_HEAD"), 22,
				WorkArea.CASES);
	}

	@Bean
	MenuEntry rectificationsMenuEntry() {
		return new MenuEntry("casework.nav.rectifications", "/cases/rectifications",
				Set.of("DEPT_HEAD", "LEADER", "SUPERVISOR"), 23, WorkArea.CASES);
	}
}
