package org.xiaoneng.evaluation.survey.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.evaluation.survey.SamplingSurvey;
import org.xiaoneng.evaluation.survey.SurveyQuestion;

/**
 * The short survey page a text message links to: no sign-in, made for a phone. A used or expired link says so and
 * records nothing; an answer is taken once, then the page thanks and forgets the link.
 */
@Controller
@RequestMapping("/portal/survey")
class SurveyPortalPages {

	private final SamplingSurvey surveys;

	SurveyPortalPages(SamplingSurvey surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/thanks")
	String thanks() {
		return "evaluation/survey-thanks";
	}

	@GetMapping("/{token}")
	String questionnaire(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			model.addAttribute("questionnaire", surveys.questionnaire(token, request.getRemoteAddr()));
		}
		catch (RuleViolationException refused) {
			refuse(refused, response, model);
		}
		model.addAttribute("token", token);
		return "evaluation/survey";
	}

	@PostMapping("/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Map<SurveyQuestion, Integer> scores = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			String value = form.get(question.name());
			if (value != null && value.matches("[1-9]")) {
				scores.put(question, Integer.parseInt(value));
			}
		}
		try {
			surveys.answer(token, scores, request.getRemoteAddr());
			return "redirect:/portal/survey/thanks";
		}
		catch (RuleViolationException refused) {
			refuse(refused, response, model);
			// the form again, with what was chosen, when only the answers were wrong
			if (refused.kind() == RuleViolationException.Kind.INVALID_INPUT) {
				model.addAttribute("questionnaire", surveys.questionnaire(token, request.getRemoteAddr()));
				model.addAttribute("chosen", scores);
			}
		}
		model.addAttribute("token", token);
		return "evaluation/survey";
	}

	private static void refuse(RuleViolationException refused, HttpServletResponse response, Model model) {
		response.setStatus(switch (refused.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND.value();
			case CONFLICT -> HttpStatus.CONFLICT.value();
			case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS.value();
			default -> HttpStatus.BAD_REQUEST.value();
		});
		model.addAttribute("error", refused.messageKey());
		model.addAttribute("errorArguments", refused.arguments());
	}
}
