package org.xiaoneng.disclosure.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/** Puts the editors' catalogue, their reviews and the public's feedback under 政务公开 in the staff navigation. */
@Configuration(proxyBeanMethods = false)
class DisclosureItemNavigation {

	private static final Set<String> EDITORS = Set.of("DISCLOSURE_EDITOR");

	@Bean
	MenuEntry disclosureItemsMenuEntry() {
		return new MenuEntry("disclosure.nav.items", "/disclosure/items", EDITORS, 10, WorkArea.DISCLOSURE);
	}

	@Bean
	MenuEntry disclosureReviewsMenuEntry() {
		return new MenuEntry("disclosure.nav.reviews", "/disclosure/reviews", EDITORS, 20, WorkArea.DISCLOSURE);
	}

	@Bean
	MenuEntry disclosureFeedbackMenuEntry() {
		return new MenuEntry("disclosure.nav.feedback", "/disclosure/feedback", EDITORS, 40, WorkArea.DISCLOSURE);
	}
}
