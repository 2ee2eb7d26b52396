package org.xiaoneng.accountability.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.DashboardPanel;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/** The accountability module's menu entries (cases; inspections for supervisors) and its panel of this year's 通报批评 on the staff home page. */
@Configuration(proxyBeanMethods = false)
class AccountabilityNavigation {

	@Bean
	MenuEntry accountabilityCasesMenuEntry() {
		return new MenuEntry("accountability.nav.cases", "/accountability/cases",
				Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER", "SUPERVISOR"), 75, WorkArea.ACCOUNTABILITY);
	}

	@Bean
	MenuEntry accountabilityInspectionsMenuEntry() {
		return new MenuEntry("accountability.nav.inspections", "/accountability/inspections", Set.of("SUPERVISOR"), 76,
				WorkArea.ACCOUNTABILITY);
	}

	@Bean
	DashboardPanel publicCriticismsPanel() {
		return new DashboardPanel("accountability.panel.criticisms", "/accountability/partials/criticisms", Set.of(),
				60);
	}
}
