package org.xiaoneng.evaluation.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.evaluation.EvaluationResults;
import org.xiaoneng.evaluation.Grade;
import org.xiaoneng.evaluation.ObjectType;
import org.xiaoneng.evaluation.PerformanceEvaluation;
import org.xiaoneng.evaluation.PersonnelList;

/**
 * The evaluation team's and the personnel office's pages of 绩效考评 (rule 八): the team computes and publishes the year,
 * enters the year-end, leaders' and qualitative scores, answers disputes, records organisation checks (组织核查) and
 * makes results final; the personnel office reads its lists (评先评优, 晋级升职, rewards) with their Excel export. Each
 * command's own rules decide who may use it; a refusal comes back with its message.
 */
@Controller
@RequestMapping("/evaluation")
@PreAuthorize("isAuthenticated()")
class EvaluationTeamPages {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PerformanceEvaluation evaluation;

	private final EvaluationResults results;

	private final Clock clock;

	EvaluationTeamPages(PerformanceEvaluation evaluation, EvaluationResults results, Clock clock) {
		this.evaluation = evaluation;
		this.results = results;
		this.clock = clock;
	}

	/** The team's year: its actions, the score form, and the disputes and checks still open. */
	@GetMapping("/team")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String team(@RequestParam(required = false) Integer year, Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		model.addAttribute("open", evaluation.openForTeam(shown));
		model.addAttribute("departments", evaluation.results(shown, ObjectType.DEPARTMENT));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("kinds", ObjectType.values());
		return "evaluation/team";
	}

	@PostMapping("/team/computation")
	String compute(@RequestParam int year, RedirectAttributes redirect) {
		return attempt(redirect, team(year), () -> {
			evaluation.compute(year);
		});
	}

	/** One staff member's result recomputed alone, shown on their result page. */
	@PostMapping("/team/staff-computation")
	String computeStaff(@RequestParam int year, @RequestParam long staffId, RedirectAttributes redirect) {
		return attempt(redirect, team(year),
				() -> "/evaluation/results/" + evaluation.computeStaff(year, new StaffId(staffId)).id());
	}

	@PostMapping("/team/publication")
	String publish(@RequestParam int year, RedirectAttributes redirect) {
		return attempt(redirect, team(year), () -> {
			evaluation.publish(year);
		});
	}

	/** A leader's, year-end or qualitative score of one department or staff member (by id). */
	@PostMapping("/team/scores")
	String score(@RequestParam int year, @RequestParam ObjectType objectType, @RequestParam long objectId,
			@RequestParam String indicatorCode, @RequestParam double score, RedirectAttributes redirect) {
		return attempt(redirect, team(year), () -> {
			evaluation.enterScore(year, objectType, objectId, indicatorCode, score);
		});
	}

	@PostMapping("/results/{id}/dispute-answer")
	String answer(@PathVariable long id, @RequestParam int year, @RequestParam(defaultValue = "") String answer,
			@RequestParam(required = false) Grade grade, RedirectAttributes redirect) {
		return attempt(redirect, team(year), () -> {
			results.answerDispute(id, answer, grade);
		});
	}

	@PostMapping("/results/{id}/organisation-check")
	String check(@PathVariable long id, @RequestParam int year, @RequestParam(defaultValue = "") String findings,
			RedirectAttributes redirect) {
		return attempt(redirect, team(year), () -> {
			results.recordCheck(id, findings);
		});
	}

	@PostMapping("/results/{id}/final")
	String finalise(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
		return attempt(redirect, team(year), () -> {
			results.finalise(id);
		});
	}

	/** The personnel office's list of the year, from the final results. */
	@GetMapping("/personnel")
	@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR')")
	String personnel(@RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "HONOURS") PersonnelList list, Model model) {
		int shown = year(year);
		model.addAttribute("year", shown);
		model.addAttribute("list", list);
		model.addAttribute("lists", PersonnelList.values());
		model.addAttribute("entries", results.personnelList(shown, list));
		return "evaluation/personnel";
	}

	@GetMapping("/personnel.xlsx")
	@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR')")
	ResponseEntity<byte[]> personnelWorkbook(@RequestParam int year, @RequestParam PersonnelList list) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"evaluation-" + list.name().toLowerCase() + "-" + year + ".xlsx\"")
			.body(results.personnelWorkbook(year, list));
	}

	private int year(Integer year) {
		return year != null ? year : LocalDate.now(clock).getYear();
	}

	private static String team(int year) {
		return "/evaluation/team?year=" + year;
	}
}
