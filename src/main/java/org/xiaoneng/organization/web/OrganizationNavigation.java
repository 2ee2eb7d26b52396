package org.xiaoneng.organization.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/**
 * Puts the organisation and the staff list in the staff navigation: everyone reads them (the staff list within their
 * data scope); administrators edit.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationNavigation {

	@Bean
	MenuEntry organizationMenuEntry() {
		return new MenuEntry("organization.nav.tree", "/org", Set.of(), 20, WorkArea.ORGANIZATION);
	}

	@Bean
	MenuEntry staffMenuEntry() {
		return new MenuEntry("organization.page.staffList", "/org/staff", Set.of(), 21, WorkArea.ORGANIZATION);
	}
}
