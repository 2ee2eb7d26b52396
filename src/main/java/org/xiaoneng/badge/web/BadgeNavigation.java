package org.xiaoneng.badge.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/** Puts the badge pages in the staff navigation and opens the public verification page. */
@Configuration(proxyBeanMethods = false)
class BadgeNavigation {

	private static final Set<String> READERS = Set.of("ADMIN", "SUPERVISOR", "LEADER", "DEPT_HEAD");

	@Bean
	MenuEntry badgeRegisterMenuEntry() {
		return new MenuEntry("badge.nav.register", "/badges", READERS, 80, WorkArea.ORGANIZATION);
	}

	@Bean
	MenuEntry badgeTasksMenuEntry() {
		return new MenuEntry("badge.nav.tasks", "/badges/tasks", Set.of("ADMIN"), 81, WorkArea.ORGANIZATION);
	}

	@Bean
	MenuEntry badgeCheckMenuEntry() {
		return new MenuEntry("badge.nav.check", "/badges/check", READERS, 82, WorkArea.ORGANIZATION);
	}

	@Bean
	PublicEndpoints badgePublicEndpoints() {
		return () -> List.of("/portal/badges", "/portal/badges/*");
	}
}
