package org.xiaoneng.supervision.cockpit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's page of each unit's on-time completion rate and 好评率 this month; no login, no personal data. */
@Controller
class PublicFiguresPage {

	private final Cockpit cockpit;

	PublicFiguresPage(Cockpit cockpit) {
		this.cockpit = cockpit;
	}

	@GetMapping("/portal/supervision")
	String figures(Model model) {
		model.addAttribute("month", cockpit.thisMonth());
		model.addAttribute("units", cockpit.publicFigures());
		return "supervision/portal-figures";
	}
}
