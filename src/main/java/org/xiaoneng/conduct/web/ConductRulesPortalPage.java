package org.xiaoneng.conduct.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.common.PublicEndpoints;

/**
 * The portal's page of the conduct rules (十不准) in force, the region's or a unit's: citizens learn what they may
 * report. No login, no personal data.
 */
@Controller
class ConductRulesPortalPage {

	private final ConductRulebook conduct;

	ConductRulesPortalPage(ConductRulebook conduct) {
		this.conduct = conduct;
	}

	@GetMapping("/portal/conduct-rules")
	String rules(@RequestParam(required = false) Long unit, Model model) {
		model.addAttribute("rules", unit == null ? conduct.regionDefault() : conduct.inForce(unit));
		return "conduct/portal-conduct-rules";
	}

	@Bean
	static PublicEndpoints conductPublicEndpoints() {
		return () -> List.of("/portal/conduct-rules");
	}
}
