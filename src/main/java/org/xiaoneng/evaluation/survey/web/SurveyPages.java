package org.xiaoneng.evaluation.survey.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.xiaoneng.common.Clocks;
import org.xiaoneng.evaluation.survey.NewSurvey;
import org.xiaoneng.evaluation.survey.SamplingSurvey;
import org.xiaoneng.evaluation.survey.SurveyId;
import org.xiaoneng.organization.Organization;

/**
 * The supervisors' survey pages: the surveys with the form to define one, and a survey's report with its method, each
 * department's and unit's score, sample size, response rate and margin of error, and the steps to invite and close.
 */
@Controller
@RequestMapping("/evaluation/surveys")
@PreAuthorize("hasRole('SUPERVISOR')")
class SurveyPages {

	private final SamplingSurvey surveys;

	private final Organization organization;

	private final Clock clock;

	SurveyPages(SamplingSurvey surveys, Organization organization, Clock clock) {
		this.surveys = surveys;
		this.organization = organization;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("surveys", surveys.surveys());
		model.addAttribute("units", organization.units());
		model.addAttribute("today", LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)));
		return "evaluation/surveys";
	}

	@PostMapping
	String define(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Integer perStratum, @RequestParam(required = false) Long seed,
			@RequestParam(required = false) LocalDate answerBy, RedirectAttributes redirect) {
		return attempt(redirect, "/evaluation/surveys",
				() -> "/evaluation/surveys/" + surveys.define(new NewSurvey(year == null ? 0 : year, unitId, from, to,
						perStratum == null ? 0 : perStratum, seed, answerBy)).id());
	}

	@GetMapping("/{id}")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("report", surveys.report(new SurveyId(id)));
		return "evaluation/survey-report";
	}

	@PostMapping("/{id}/invitations")
	String invite(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> surveys.invite(new SurveyId(id)));
	}

	@PostMapping("/{id}/closing")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> surveys.close(new SurveyId(id)));
	}

	private static String back(long id) {
		return "/evaluation/surveys/" + id;
	}
}
