package org.xiaoneng.evaluation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;

/** The evaluation module's menu entry: every member of staff's own result of the year. */
@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	MenuEntry evaluationMineMenuEntry() {
		return new MenuEntry("evaluation.nav.mine", "/evaluation/mine",
				Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER", "SUPERVISOR", "DISCLOSURE_EDITOR"), 78);
	}
}
