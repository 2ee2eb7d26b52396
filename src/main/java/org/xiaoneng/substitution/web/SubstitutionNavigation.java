package org.xiaoneng.substitution.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/** Puts the substitution pages in the staff navigation, each for the roles that use it. */
@Configuration(proxyBeanMethods = false)
class SubstitutionNavigation {

	private static final Set<String> STAFF = Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER");

	@Bean
	MenuEntry myAbsencesMenuEntry() {
		return new MenuEntry("substitution.nav.absences", "/substitution/absences", STAFF, 40, WorkArea.SUBSTITUTION);
	}

	@Bean
	MenuEntry handoversMenuEntry() {
		return new MenuEntry("substitution.nav.handovers", "/substitution/handovers", STAFF, 41, WorkArea.SUBSTITUTION);
	}

	@Bean
	MenuEntry approvalsMenuEntry() {
		return new MenuEntry("substitution.nav.approvals", "/substitution/approvals", Set.of("DEPT_HEAD", "LEADER"), 42,
				WorkArea.SUBSTITUTION);
	}

	@Bean
	MenuEntry dutyBoardMenuEntry() {
		return new MenuEntry("substitution.nav.board", "/substitution/board", STAFF, 43, WorkArea.SUBSTITUTION);
	}

	@Bean
	MenuEntry uncoveredMenuEntry() {
		return new MenuEntry("substitution.nav.uncovered", "/substitution/uncovered", Set.of("DEPT_HEAD", "ADMIN"), 44,
				WorkArea.SUBSTITUTION);
	}

	@Bean
	MenuEntry substitutePostsMenuEntry() {
		return new MenuEntry("substitution.nav.posts", "/substitution/posts", Set.of("DEPT_HEAD", "LEADER"), 45,
				WorkArea.SUBSTITUTION);
	}

	@Bean
	MenuEntry actingLeadersMenuEntry() {
		return new MenuEntry("substitution.nav.actingLeaders", "/substitution/acting-leaders", Set.of("LEADER", "ADMIN"),
				46, WorkArea.SUBSTITUTION);
	}

	@Bean
	MenuEntry coveredWorkMenuEntry() {
		return new MenuEntry("substitution.nav.covered", "/substitution/covered", STAFF, 47, WorkArea.SUBSTITUTION);
	}
}
