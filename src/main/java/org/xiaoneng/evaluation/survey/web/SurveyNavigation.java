package org.xiaoneng.evaluation.survey.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/** Puts the surveys in the supervisors' navigation and opens the survey page of the public's links. */
@Configuration(proxyBeanMethods = false)
class SurveyNavigation {

	@Bean
	MenuEntry surveyMenuEntry() {
		return new MenuEntry("survey.nav", "/evaluation/surveys", Set.of("SUPERVISOR"), 86, WorkArea.EVALUATION);
	}

	@Bean
	PublicEndpoints surveyPublicEndpoints() {
		return () -> List.of("/portal/survey/*");
	}
}
