package org.xiaoneng.refusal.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/** Puts the refusal pages in the staff navigation, each for the roles that use it. */
@Configuration(proxyBeanMethods = false)
class RefusalNavigation {

	@Bean
	MenuEntry refusalQueueMenuEntry() {
		return new MenuEntry("refusal.nav.queue", "/refusals/queue", Set.of("DEPT_HEAD", "LEADER"), 60,
				WorkArea.REFUSAL);
	}

	@Bean
	MenuEntry refusalRegisterMenuEntry() {
		return new MenuEntry("refusal.nav.register", "/refusals",
				Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER", "SUPERVISOR"), 61, WorkArea.REFUSAL);
	}

	@Bean
	MenuEntry refusalSummaryMenuEntry() {
		return new MenuEntry("refusal.nav.summary", "/refusals/summary", Set.of("DEPT_HEAD", "LEADER", "SUPERVISOR"),
				62, WorkArea.REFUSAL);
	}
}
