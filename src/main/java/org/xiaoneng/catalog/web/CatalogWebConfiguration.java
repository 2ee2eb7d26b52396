package org.xiaoneng.catalog.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xiaoneng.common.MenuEntry;
import org.xiaoneng.common.PublicEndpoints;
import org.xiaoneng.common.WorkArea;

/**
 * The catalog's public parts (the portal's guides, unit pages and commitments, the read API: everyone may read what
 * is promised to them; staff operations under the same paths still need a login) and its staff pages in the menu.
 */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfiguration {

	@Bean
	PublicEndpoints catalogPublicEndpoints() {
		return () -> List.of("/portal", "/portal/items", "/portal/items/**", "/portal/units/**", "/api/v1/service-items",
				"/api/v1/service-items/**", "/api/v1/units/*/commitment");
	}

	@Bean
	MenuEntry catalogItemsMenuEntry() {
		return new MenuEntry("catalog.nav.items", "/catalog/items", Set.of("ADMIN", "DEPT_HEAD", "LEADER", "HANDLER"), 36,
				WorkArea.CATALOG);
	}

	@Bean
	MenuEntry catalogCommitmentMenuEntry() {
		return new MenuEntry("catalog.nav.commitment", "/catalog/commitment", Set.of("ADMIN", "DEPT_HEAD", "LEADER"), 37,
				WorkArea.CATALOG);
	}

	@Bean
	MenuEntry catalogSynonymsMenuEntry() {
		return new MenuEntry("catalog.nav.synonyms", "/catalog/synonyms", Set.of("ADMIN"), 39, WorkArea.CATALOG);
	}

	@Bean
	MenuEntry catalogPortalMenuEntry() {
		return new MenuEntry("catalog.nav.portal", "/portal/items", Set.of(), 38, WorkArea.CATALOG);
	}
}
