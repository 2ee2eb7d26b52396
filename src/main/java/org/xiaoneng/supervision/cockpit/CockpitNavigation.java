package org.xiaoneng.supervision.cockpit;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/** Puts the cockpit in the leaders' and supervisors' navigation and opens the portal's public figures. */
@Configuration(proxyBeanMethods = false)
class CockpitNavigation {

	@Bean
	MenuEntry cockpitMenuEntry() {
		return new MenuEntry("supervision.cockpit.nav", "/supervision/cockpit", Set.of("LEADER", "SUPERVISOR", "ADMIN"),
				60, WorkArea.SUPERVISION);
	}

	@Bean
	PublicEndpoints cockpitPublicEndpoints() {
		return () -> List.of("/portal/supervision");
	}
}
