package org.xiaoneng.supervision.cockpit;

import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The cockpit's figures and rankings for integrations (and for the cockpit page's charts): a leader's own unit, or
 * for supervisors and administrators the region or any unit; another unit is answered as a missing one.
 */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision cockpit", description = "效能监察驾驶舱: figures, trends and monthly rankings")
@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN')")
class CockpitApiController {

	private final Cockpit cockpit;

	CockpitApiController(Cockpit cockpit) {
		this.cockpit = cockpit;
	}

	@GetMapping("/cockpit")
	@Operation(summary = "Today's intake, open cases, live cards, the month's rates, per department and rule, and "
			+ "twelve months' trends; figuresAsOf says how fresh the pre-aggregated figures are")
	Cockpit.Figures figures(@RequestParam(required = false) Long unit) {
		return cockpit.figures(unit);
	}

	@GetMapping("/rankings")
	@Operation(summary = "A unit's monthly ranking of departments and windows, with the departments flagged for a "
			+ "talk (约谈); this month unless month (yyyy-MM) is given")
	Cockpit.Rankings rankings(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) YearMonth month) {
		return cockpit.rankings(unit, month != null ? month : cockpit.thisMonth());
	}
}
