package org.xiaoneng.badge.web;

import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.PublicBadge;
import org.xiaoneng.common.RuleViolationException;

/**
 * The public verification page (上岗证核验): no login, made for a phone that scanned the card's QR code. It shows who
 * wears the badge and whether it is valid, a revoked, lost or expired badge plainly in red, the unit's supervision
 * phone, and links to rate or complain about the wearer on the inquiry module's public form.
 */
@Controller
@RequestMapping("/portal/badges")
class BadgePortalPages {

	private final BadgeOffice office;

	BadgePortalPages(BadgeOffice office) {
		this.office = office;
	}

	/** A badge with its photo ready for an {@code img} element (the CSP allows data: images). */
	record Shown(PublicBadge badge, String photo) {
	}

	@GetMapping
	String form(@RequestParam(required = false) String number) {
		if (number != null && !number.isBlank()) {
			return "redirect:/portal/badges/" + UriUtils.encodePathSegment(number.strip(), "UTF-8");
		}
		return "badge/portal";
	}

	@GetMapping("/{number}")
	String verify(@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("number", number);
		try {
			List<Shown> found = office.verify(number, request.getRemoteAddr())
				.stream()
				.map(b -> new Shown(b, b.photo() == null ? null
						: "data:" + b.photo().contentType() + ";base64,"
								+ Base64.getEncoder().encodeToString(b.photo().bytes())))
				.toList();
			if (found.isEmpty()) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
			}
			model.addAttribute("found", found);
		}
		catch (RuleViolationException refused) {
			response.setStatus(refused.kind() == RuleViolationException.Kind.TOO_MANY_REQUESTS
					? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			model.addAttribute("found", List.of());
		}
		return "badge/portal";
	}
}
