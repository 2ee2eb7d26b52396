package org.xiaoneng.accountability.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.accountability.Accountability;
import org.xiaoneng.accountability.Aggravation;
import org.xiaoneng.accountability.CaseFilter;
import org.xiaoneng.accountability.CaseState;
import org.xiaoneng.accountability.FailureType;
import org.xiaoneng.accountability.Sanction;
import org.xiaoneng.accountability.Severity;
import org.xiaoneng.common.Clocks;

/**
 * The pages of 失职追究制: the cases of the caller's scope (their own for staff), one case with the subject's
 * statement form and the supervisors' investigation, decision and closing forms, the supervisors' reading of who
 * complained (audited), and the staff home page's panel of this year's 通报批评. A refused request comes back with its
 * message and changes nothing.
 */
@Controller
@RequestMapping("/accountability")
@PreAuthorize("isAuthenticated()")
class AccountabilityPages {

	private static final int PAGE_SIZE = 20;

	private final Accountability accountability;

	private final Clock clock;

	AccountabilityPages(Accountability accountability, Clock clock) {
		this.accountability = accountability;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	@GetMapping("/cases")
	String cases(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String cursor,
			Model model) {
		model.addAttribute("cases",
				accountability.cases(new CaseFilter(state, null, null, year, null, null, mine), cursor, PAGE_SIZE));
		model.addAttribute("state", state);
		model.addAttribute("year", year);
		model.addAttribute("mine", mine);
		model.addAttribute("states", CaseState.values());
		return "accountability/cases";
	}

	@GetMapping("/cases/{id}")
	String kase(@PathVariable long id, Model model) {
		model.addAttribute("kase", accountability.kase(id));
		model.addAttribute("failureTypes", FailureType.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("aggravations", Aggravation.values());
		model.addAttribute("sanctions", Sanction.values());
		return "accountability/case";
	}

	@PostMapping("/cases/{id}/statement")
	String statement(@PathVariable long id, @RequestParam(defaultValue = "") String statement,
			RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> accountability.makeStatement(id, statement));
	}

	@PostMapping("/cases/{id}/investigation")
	String investigate(@PathVariable long id, @RequestParam(required = false) FailureType failureType,
			@RequestParam(required = false) String conductCode, @RequestParam(required = false) Severity severity,
			@RequestParam(required = false) List<Aggravation> aggravations,
			@RequestParam(defaultValue = "") String record, @RequestParam(defaultValue = "") String evidence,
			RedirectAttributes redirect) {
		Set<Aggravation> found = aggravations == null || aggravations.isEmpty() ? Set.of()
				: EnumSet.copyOf(aggravations);
		return attempt(redirect, back(id), () -> accountability.investigate(id, failureType, conductCode, severity,
				found, record, evidence));
	}

	@PostMapping("/cases/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) List<Sanction> sanctions,
			@RequestParam(required = false) Long deciderStaffId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		Set<Sanction> chosen = sanctions == null || sanctions.isEmpty() ? Set.of() : EnumSet.copyOf(sanctions);
		return attempt(redirect, back(id), () -> accountability.decide(id, chosen, deciderStaffId, reason));
	}

	@PostMapping("/cases/{id}/exemption")
	String exempt(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> accountability.exempt(id, reason));
	}

	/** Who complained: a page of its own, so that reading it is a deliberate, audited step. */
	@GetMapping("/cases/{id}/complainant")
	String complainant(@PathVariable long id, Model model) {
		model.addAttribute("kase", accountability.kase(id));
		model.addAttribute("identity", accountability.complainant(id).orElse(null));
		return "accountability/complainant";
	}

	@GetMapping("/partials/criticisms")
	String criticisms(Model model) {
		model.addAttribute("criticisms", accountability.publicCriticisms(LocalDate.now(clock).getYear()));
		return "accountability/partials/criticisms";
	}

	private static String back(long id) {
		return "/accountability/cases/" + id;
	}
}
