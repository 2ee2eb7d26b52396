package org.xiaoneng.disclosure.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/** Puts 依申请公开 and the annual report in the disclosure work area and opens the portal's application form. */
@Configuration(proxyBeanMethods = false)
class RequestNavigation {

	@Bean
	MenuEntry disclosureRequestsMenuEntry() {
		return new MenuEntry("disclosure.req.nav.requests", "/disclosure/requests", Set.of("DISCLOSURE_EDITOR"), 92,
				WorkArea.DISCLOSURE);
	}

	@Bean
	MenuEntry disclosureAnnualReportMenuEntry() {
		return new MenuEntry("disclosure.req.nav.annualReport", "/disclosure/annual-report",
				Set.of("DISCLOSURE_EDITOR"), 93, WorkArea.DISCLOSURE);
	}

	@Bean
	PublicEndpoints disclosureRequestPublicEndpoints() {
		return () -> List.of("/portal/information-requests");
	}
}
