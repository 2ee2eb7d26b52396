package org.xiaoneng.supervision.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/** Puts the supervision pages in the staff navigation, each for the roles that use it. */
@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

	@Bean
	MenuEntry myCardsMenuEntry() {
		return new MenuEntry("supervision.nav.myCards", "/supervision/cards/mine",
				Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER"), 70, WorkArea.SUPERVISION);
	}

	@Bean
	MenuEntry cardsMenuEntry() {
		return new MenuEntry("supervision.nav.cards", "/supervision/cards", Set.of("DEPT_HEAD", "LEADER", "SUPERVISOR"),
				71, WorkArea.SUPERVISION);
	}

	@Bean
	MenuEntry appealsMenuEntry() {
		return new MenuEntry("supervision.nav.appeals", "/supervision/appeals", Set.of("SUPERVISOR"), 72,
				WorkArea.SUPERVISION);
	}

	@Bean
	MenuEntry rulesMenuEntry() {
		return new MenuEntry("supervision.nav.rules", "/supervision/rules", Set.of("SUPERVISOR", "LEADER"), 73,
				WorkArea.SUPERVISION);
	}
}
