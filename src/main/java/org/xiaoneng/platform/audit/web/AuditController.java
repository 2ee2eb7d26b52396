package org.xiaoneng.platform.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.platform.audit.AuditFilter;
import org.xiaoneng.platform.audit.AuditTrail;
import org.xiaoneng.platform.audit.ChainBrokenException;
import org.xiaoneng.platform.audit.RetentionPeriodNotElapsedException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The auditor's page: the audit log newest first with filters, the chain status of each entry, verification of the
 * chain and, for auditors, the archive step. One URL serves the full page and, to htmx, just the part that changes.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('AUDITOR','SUPERVISOR')")
class AuditController {

	private static final String PAGE = "audit/list";

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
			@RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response, Model model) {
		// one URL, two renderings: caches must keep them apart, and htmx restoring history wants the whole page
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		List<String> filterErrors = new ArrayList<>();
		binding.getFieldErrors().forEach(error -> filterErrors.add("audit.filter.invalid." + error.getField()));
		if (filter == null) {
			// a criterion did not parse (a hand-typed date); the form starts over and says which one
			model.addAttribute("filter", AuditFilter.any());
		}
		else if (filter.rangeIsReversed()) {
			filterErrors.add("audit.filter.reversedRange");
		}
		if (filterErrors.isEmpty()) {
			model.addAttribute("page", trail.search(filter, cursor));
		}
		model.addAttribute("filterErrors", filterErrors);
		return htmx == null || historyRestore != null ? fullPage(model) : PAGE + " :: results";
	}

	@PostMapping("/verify")
	String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("verification", trail.verify());
		return htmx == null ? listAll(model) : PAGE + " :: verification";
	}

	@PostMapping("/archive")
	@PreAuthorize("hasRole('AUDITOR')")
	String archive(@RequestParam(required = false) String before,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		try {
			model.addAttribute("archived", trail.archive(LocalDate.parse(before == null ? "" : before.strip())));
		}
		catch (DateTimeParseException invalid) {
			refusal(model, "audit.archive.invalidDate");
		}
		catch (RetentionPeriodNotElapsedException refused) {
			refusal(model, "audit.archive.retention", String.valueOf(refused.retentionDays()),
					refused.latestAllowed().toString());
		}
		catch (ChainBrokenException refused) {
			refusal(model, "audit.archive.chainBroken", String.valueOf(refused.brokenEntry().seq()));
		}
		return htmx == null ? listAll(model) : PAGE + " :: archive";
	}

	private static void refusal(Model model, String messageKey, Object... arguments) {
		model.addAttribute("archiveError", messageKey);
		model.addAttribute("archiveErrorArguments", arguments);
	}

	private String listAll(Model model) {
		model.addAttribute("filter", AuditFilter.any());
		model.addAttribute("filterErrors", List.of());
		model.addAttribute("page", trail.search(AuditFilter.any(), null));
		return fullPage(model);
	}

	private String fullPage(Model model) {
		model.addAttribute("latestArchiveCutOff", trail.latestArchiveCutOff());
		model.addAttribute("retentionDays", trail.retentionDays());
		return PAGE;
	}
}
