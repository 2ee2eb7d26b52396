package org.xiaoneng.platform.database.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.WorkArea;

/** Puts the operations page in the navigation of administrators. */
@Configuration(proxyBeanMethods = false)
class OperationsNavigation {

	@Bean
	MenuEntry operationsMenuEntry() {
		return new MenuEntry("nav.operations", "/operations", Set.of("ADMIN"), 95, WorkArea.SYSTEM);
	}
}
