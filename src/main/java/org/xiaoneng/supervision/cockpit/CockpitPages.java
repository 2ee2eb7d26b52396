package org.xiaoneng.supervision.cockpit;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.supervision.CardColour;
import org.xiaoneng.supervision.Rule;

/**
 * The cockpit's pages for leaders (their unit) and supervisors (the region, or a unit they pick): the figures with
 * their charts, the rankings, and the list behind each number. The charts draw from the cockpit's API.
 */
@Controller
@RequestMapping("/supervision/cockpit")
@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN')")
class CockpitPages {

	/** The name of the page's reads in its {@code Server-Timing} header. */
	static final String READS_TIMING = "reads";

	private final Cockpit cockpit;

	CockpitPages(Cockpit cockpit) {
		this.cockpit = cockpit;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	/**
	 * The first page. The time its reads took (figures, units, departments, rankings) goes out in a
	 * {@code Server-Timing} header (W3C Server Timing), so that the rest of the server's time, the rendering, can be
	 * told apart from them (the bench does; so do a browser's developer tools).
	 */
	@GetMapping
	String cockpit(@RequestParam(required = false) Long unit, Model model, HttpServletResponse response) {
		long started = System.nanoTime();
		Cockpit.Page page = cockpit.page(unit);
		response.setHeader("Server-Timing", String.format(Locale.ROOT, "%s;dur=%.1f", READS_TIMING,
				(System.nanoTime() - started) / 1e6));
		model.addAttribute("figures", page.figures());
		model.addAttribute("units", page.units());
		model.addAttribute("rankings", page.rankings());
		model.addAttribute("lastRankings", page.lastRankings());
		return "supervision/cockpit";
	}

	@GetMapping("/cases")
	String cases(@RequestParam(required = false) Long unit, @RequestParam CaseFigure figure,
			@RequestParam(required = false) Long department, @RequestParam(required = false) YearMonth month,
			Model model) {
		YearMonth shown = month != null ? month : cockpit.thisMonth();
		model.addAttribute("figure", figure);
		model.addAttribute("month", shown);
		model.addAttribute("drill", cockpit.cases(unit, figure, department, shown));
		return "supervision/cockpit-cases";
	}

	@GetMapping("/cards")
	String cards(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "true") boolean live,
			@RequestParam(required = false) CardColour colour, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Rule rule, @RequestParam(required = false) YearMonth month, Model model) {
		YearMonth shown = month != null ? month : cockpit.thisMonth();
		model.addAttribute("live", live);
		model.addAttribute("month", shown);
		model.addAttribute("colour", colour);
		model.addAttribute("rule", rule);
		model.addAttribute("drill", cockpit.cards(unit, live, shown, colour, department,
				rule == null ? null : rule.code()));
		return "supervision/cockpit-cards";
	}
}
