package org.xiaoneng.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.conduct.ConductRule;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.conduct.NewConductRule;

/**
 * The conduct rules (十不准) for integrations: a unit's list in force, and a new version of it (supervisors). They are
 * also answered at their first address, {@code /api/v1/accountability/conduct-rules}, which issue 15 names and
 * integrations already call.
 */
@RestController
@Tag(name = "Conduct", description = "行为规范: the ten prohibitions (十不准) and the units' own rules, by code")
@PreAuthorize("isAuthenticated()")
class ConductApiController {

	private final ConductRulebook conduct;

	ConductApiController(ConductRulebook conduct) {
		this.conduct = conduct;
	}

	/** A new version of a unit's conduct rules (unit 0: the region's default). */
	record ConductRulesRequest(long unitId, List<NewConductRule> rules) {
	}

	@Operation(summary = "The conduct rules (十不准) in force in a unit, or the region's default without a unit")
	@GetMapping({ "/api/v1/conduct/rules", "/api/v1/accountability/conduct-rules" })
	List<ConductRule> rules(@RequestParam(required = false) Long unitId) {
		return unitId == null ? conduct.regionDefault() : conduct.inForce(unitId);
	}

	@Operation(summary = "Publishes the next version of a unit's conduct rules, or of the region's default (supervisors)")
	@PostMapping({ "/api/v1/conduct/rules", "/api/v1/accountability/conduct-rules" })
	List<ConductRule> publish(@RequestBody ConductRulesRequest request) {
		return conduct.publish(request.unitId(), request.rules());
	}
}
