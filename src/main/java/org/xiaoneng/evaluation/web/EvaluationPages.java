package org.xiaoneng.evaluation.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.evaluation.EvaluationResults;
import org.xiaoneng.evaluation.Evidence;
import org.xiaoneng.evaluation.ResultState;
import org.xiaoneng.evaluation.ResultView;

/**
 * The person's pages of 绩效考评: their result of the year with its breakdown and the evidence behind every computed
 * figure (each case, card and decision a link), and, while it is published, the forms to sign it or to dispute it
 * with reasons (the dispute goes to the evaluation team). A refused request comes back with its message.
 */
@Controller
@RequestMapping("/evaluation")
@PreAuthorize("isAuthenticated()")
class EvaluationPages {

	private final EvaluationResults results;

	private final Clock clock;

	EvaluationPages(EvaluationResults results, Clock clock) {
		this.results = results;
		this.clock = clock;
	}

	/** The caller's own result of the year: by default this year's if computed, else last year's. */
	@GetMapping("/mine")
	String mine(@RequestParam(required = false) Integer year, Model model) {
		int thisYear = LocalDate.now(clock).getYear();
		int shown = year != null ? year : results.mine(thisYear).isPresent() ? thisYear : thisYear - 1;
		Optional<ResultView> mine = results.mine(shown);
		model.addAttribute("year", shown);
		return page(mine.orElse(null), mine.isPresent(), model);
	}

	@GetMapping("/results/{id}")
	String result(@PathVariable long id, Model model) {
		ResultView result = results.result(id);
		boolean own = results.mine(result.year()).map(mine -> mine.id() == id).orElse(false);
		model.addAttribute("year", result.year());
		return page(result, own, model);
	}

	@PostMapping("/results/{id}/signature")
	String sign(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> {
			results.sign(id);
		});
	}

	@PostMapping("/results/{id}/dispute")
	String dispute(@PathVariable long id, @RequestParam(defaultValue = "") String reasons,
			RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> {
			results.dispute(id, reasons);
		});
	}

	private String page(ResultView result, boolean own, Model model) {
		List<Evidence> evidence = result == null ? List.of() : results.evidence(result.id());
		model.addAttribute("result", result);
		model.addAttribute("evidence", evidence);
		model.addAttribute("mayAnswer", own && result.state() == ResultState.PUBLISHED);
		return "evaluation/result";
	}

	private static String back(long id) {
		return "/evaluation/results/" + id;
	}
}
