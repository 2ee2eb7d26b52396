package org.xiaoneng.casework.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.casework.NewRating;
import org.xiaoneng.casework.PublicProgress;
import org.xiaoneng.casework.RatingChannel;
import org.xiaoneng.common.RuleViolationException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public progress page (办件进度查询): by query code and the last four phone digits, or by the receipt's QR code,
 * with the applicant's documents and the rating form (好差评) once the case is completed. No login.
 */
@Controller
@RequestMapping("/portal/progress")
class ProgressPages {

	private final CasePortal portal;

	ProgressPages(CasePortal portal) {
		this.portal = portal;
	}

	@GetMapping
	String progress(@RequestParam(required = false) String code, @RequestParam(required = false) String phoneLast4,
			@RequestParam(required = false) String key, @RequestParam(required = false) RatingChannel via,
			HttpServletRequest request, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("via", via == null ? (key != null ? RatingChannel.QR_CODE : RatingChannel.PROGRESS_PAGE) : via);
		if (code == null || code.isBlank()) {
			return "casework/progress";
		}
		try {
			PublicProgress progress = portal.progress(code, phoneLast4, key, request.getRemoteAddr());
			model.addAttribute("progress", progress);
		}
		catch (RuleViolationException refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
		}
		return "casework/progress";
	}

	@GetMapping("/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long documentId, @RequestParam String code, @RequestParam String key) {
		return CaseApiController.pdf(portal.document(code, key, documentId));
	}

	@PostMapping("/rating")
	String rate(@RequestParam String code, @RequestParam String key, @RequestParam int overall,
			@RequestParam int efficiency, @RequestParam int serviceLevel, @RequestParam int attitude,
			@RequestParam(required = false) String comment, @RequestParam(required = false) RatingChannel channel,
			HttpServletRequest request, Model model) {
		try {
			portal.rate(code, null, key, new NewRating(overall, efficiency, serviceLevel, attitude, comment,
					channel == null ? RatingChannel.PROGRESS_PAGE : channel), request.getRemoteAddr());
			model.addAttribute("rated", true);
		}
		catch (RuleViolationException refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
		}
		return progress(code, null, key, channel, request, model);
	}
}
