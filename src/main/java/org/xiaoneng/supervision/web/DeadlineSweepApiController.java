package org.xiaoneng.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.supervision.DeadlineSweepResult;
import org.xiaoneng.supervision.DeadlineSweeps;

/** The deadline sweep run on request, for administrators and supervisors; the answer says what the run did. */
@RestController
@RequestMapping("/api/v1/supervision/sweeps")
@Tag(name = "Supervision", description = "电子监察: rules, cards (预警/黄牌/红牌), feedback, appeals, presses")
@PreAuthorize("isAuthenticated()")
class DeadlineSweepApiController {

	private final DeadlineSweeps sweeps;

	DeadlineSweepApiController(DeadlineSweeps sweeps) {
		this.sweeps = sweeps;
	}

	@PostMapping("/deadlines")
	@Operation(summary = "Run today's deadline sweep now: raise and issue the cards due; a second run raises nothing new")
	DeadlineSweepResult runDeadlineSweep() {
		return sweeps.runNow();
	}
}
