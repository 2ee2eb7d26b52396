package org.xiaoneng.casework.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.casework.NewRating;
import org.xiaoneng.casework.PublicProgress;
import org.xiaoneng.casework.RatingChannel;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.organization.Organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public progress page (办件进度查询): by query code and the last four phone digits, or by the receipt's QR code,
 * with the applicant's documents and the rating form (好差评) once the case is completed. No login.
 */
@Controller
@RequestMapping("/portal/progress")
class ProgressPages {

	/** A criterion left unchosen (the form preselects none): outside 1 to 5, so the rating refuses it by name. */
	private static final String NO_SCORE = "0";

	private final CasePortal portal;

	private final Organization organization;

	ProgressPages(CasePortal portal, Organization organization) {
		this.portal = portal;
		this.organization = organization;
	}

	/** Whom the applicant calls about the case: the unit, the department and its public phone. */
	@GetMapping
	String progress(@RequestParam(required = false) String code, @RequestParam(required = false) String phoneLast4,
			@RequestParam(required = false) String key, @RequestParam(required = false) RatingChannel via,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("via", via == null ? (key != null ? RatingChannel.QR_CODE : RatingChannel.PROGRESS_PAGE) : via);
		if (code == null || code.isBlank()) {
			return "casework/progress";
		}
		try {
			PublicProgress progress = portal.progress(code, phoneLast4, key, request.getRemoteAddr());
			model.addAttribute("progress", progress);
			// the department's room and phone, or the nearest phone up its tree, from memory (decision 0058)
			model.addAttribute("contact",
					organization.names().contactOf(new DepartmentId(progress.contactDepartmentId())));
		}
		catch (RuleViolationException refused) {
			if (refused.kind() == RuleViolationException.Kind.TOO_MANY_REQUESTS) {
				// the page says so in words; the status tells a script or a proxy the same, as the API does
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
		}
		return "casework/progress";
	}

	@GetMapping("/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long documentId, @RequestParam String code, @RequestParam String key) {
		return CaseApiController.pdf(portal.document(code, key, documentId));
	}

	/**
	 * Takes the rating and answers with the progress page's address (post/redirect/get): a reload of the page that
	 * follows shows the progress again and does not post the rating twice. A refused rating stored nothing, so its
	 * page is shown at once with the reason.
	 */
	@PostMapping("/rating")
	String rate(@RequestParam String code, @RequestParam String key,
			@RequestParam(defaultValue = NO_SCORE) int overall, @RequestParam(defaultValue = NO_SCORE) int efficiency,
			@RequestParam(defaultValue = NO_SCORE) int serviceLevel, @RequestParam(defaultValue = NO_SCORE) int attitude,
			@RequestParam(required = false) String comment, @RequestParam(required = false) RatingChannel channel,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			portal.rate(code, null, key, new NewRating(overall, efficiency, serviceLevel, attitude, comment,
					channel == null ? RatingChannel.PROGRESS_PAGE : channel), request.getRemoteAddr());
		}
		catch (RuleViolationException refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return progress(code, null, key, channel, request, response, model);
		}
		redirect.addAttribute("code", code);
		redirect.addAttribute("key", key);
		if (channel != null) {
			redirect.addAttribute("via", channel);
		}
		redirect.addAttribute("rated", true);
		return "redirect:/portal/progress";
	}
}
