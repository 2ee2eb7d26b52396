package org.xiaoneng.disclosure.web;

import static org.xiaoneng.common.PageActions.attempt;

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
import org.xiaoneng.disclosure.DisclosureFeedback;

/** The editors' page of the public's feedback (意见建议): waiting ones first, overdue ones marked, each answered once. */
@Controller
@RequestMapping("/disclosure/feedback")
@PreAuthorize(DisclosureApiController.EDITOR)
class DisclosureFeedbackPages {

	private final DisclosureFeedback feedback;

	DisclosureFeedbackPages(DisclosureFeedback feedback) {
		this.feedback = feedback;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean waiting, Model model) {
		model.addAttribute("waiting", waiting);
		model.addAttribute("feedback", feedback.ofMyUnit(waiting));
		model.addAttribute("overdue", feedback.overdueOfMyUnit());
		return "disclosure/feedback";
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return attempt(redirect, "/disclosure/feedback", () -> feedback.answer(id, answer));
	}
}
