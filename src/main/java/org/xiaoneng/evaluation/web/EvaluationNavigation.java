package org.xiaoneng.evaluation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/**
 * The evaluation module's menu entries, under 考评: every member of staff's own result of the year; the evaluation
 * team's year; a unit's charts for its leaders and the team; the personnel office's lists.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	MenuEntry evaluationMineMenuEntry() {
		return new MenuEntry("evaluation.nav.mine", "/evaluation/mine",
				Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER", "SUPERVISOR", "DISCLOSURE_EDITOR"), 78,
				WorkArea.EVALUATION);
	}

	@Bean
	MenuEntry evaluationTeamMenuEntry() {
		return new MenuEntry("evaluation.nav.team", "/evaluation/team", Set.of("SUPERVISOR"), 79, WorkArea.EVALUATION);
	}

	@Bean
	MenuEntry evaluationUnitsMenuEntry() {
		return new MenuEntry("evaluation.nav.units", "/evaluation/units", Set.of("LEADER", "SUPERVISOR"), 80,
				WorkArea.EVALUATION);
	}

	@Bean
	MenuEntry evaluationPersonnelMenuEntry() {
		return new MenuEntry("evaluation.nav.personnel", "/evaluation/personnel", Set.of("LEADER", "SUPERVISOR"), 81,
				WorkArea.EVALUATION);
	}
}
