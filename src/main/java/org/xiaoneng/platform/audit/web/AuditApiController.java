package org.xiaoneng.platform.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.platform.audit.ArchiveOutcome;
import org.xiaoneng.platform.audit.AuditTrail;
import org.xiaoneng.platform.audit.ChainVerification;

/**
 * The audit chain for integrations and monitoring: verify it, archive old entries.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	/** Whether the SM3 chain is intact, or its first broken entry. */
	@GetMapping("/verify")
	@PreAuthorize("hasAnyRole('AUDITOR','SUPERVISOR')")
	ChainVerification verify() {
		return trail.verify();
	}

	/** Archives the chained entries that occurred before the given day; refused within the retention period. */
	@PostMapping("/archive")
	@PreAuthorize("hasRole('AUDITOR')")
	ArchiveOutcome archive(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate before) {
		return trail.archive(before);
	}
}
