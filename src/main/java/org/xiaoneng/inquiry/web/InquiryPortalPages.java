package org.xiaoneng.inquiry.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.PublicStatus;
import org.xiaoneng.inquiry.PublicSubmission;
import org.xiaoneng.organization.Organization;

/**
 * The public portal's consultation, complaint and report form (no login; a report may be anonymous) and the status
 * page that follows a matter by its query code, without any personal data.
 */
@Controller
@RequestMapping("/portal/inquiries")
class InquiryPortalPages {

	private static final List<InquiryCategory> CATEGORIES = List.of(InquiryCategory.CONSULTATION,
			InquiryCategory.COMPLAINT, InquiryCategory.REPORT, InquiryCategory.SUGGESTION);

	private final InquiryRegister register;

	private final Organization organization;

	InquiryPortalPages(InquiryRegister register, Organization organization) {
		this.register = register;
		this.organization = organization;
	}

	/** What the public form sends. */
	record PortalForm(Long unitId, InquiryCategory category, String subject, String content, String name,
			String phone, Boolean anonymous, String badgeNumber, String conductCode) {

		boolean isAnonymous() {
			return Boolean.TRUE.equals(anonymous);
		}
	}

	/**
	 * The empty form, or one prefilled by a link: the badge verification page sends the public here to rate or
	 * complain about the badge's wearer, with the unit, the category, a subject and the badge number.
	 */
	@GetMapping("/new")
	String form(@RequestParam(required = false) Long unitId, @RequestParam(required = false) InquiryCategory category,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String badgeNumber,
			Model model) {
		InquiryCategory chosen = category != null && CATEGORIES.contains(category) ? category
				: InquiryCategory.CONSULTATION;
		String prefilled = subject == null ? null : subject.substring(0, Math.min(subject.length(), 200));
		String badge = badgeNumber == null ? null : badgeNumber.substring(0, Math.min(badgeNumber.length(), 40));
		model.addAttribute("form", new PortalForm(unitId, chosen, prefilled, null, null, null, false, badge, null));
		return page(model);
	}

	/**
	 * Files the matter and answers with its status page's address (post/redirect/get), so that reloading the page
	 * that follows asks for the status again instead of filing the matter a second time. The outcome travels in the
	 * address, not the session: a visitor of the portal need not keep a cookie.
	 */
	@PostMapping("/new")
	String submit(@ModelAttribute("form") PortalForm form, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		try {
			PublicStatus status = register.submit(new PublicSubmission(form.unitId(), form.category(), form.subject(),
					form.content(), form.isAnonymous() ? null : form.name(), form.isAnonymous() ? null : form.phone(),
					form.badgeNumber(), form.conductCode()),
					request.getRemoteAddr());
			redirect.addAttribute("code", status.queryCode());
			redirect.addAttribute("submitted", true);
			return "redirect:/portal/inquiries/status";
		}
		catch (RuleViolationException refused) {
			if (refused.kind() == RuleViolationException.Kind.TOO_MANY_REQUESTS) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			else {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return page(model);
		}
	}

	@GetMapping("/status")
	String status(@RequestParam(required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			try {
				model.addAttribute("status", register.status(code));
			}
			catch (RuleViolationException refused) {
				model.addAttribute("error", "inquiry.portal.unknownCode");
				model.addAttribute("errorArguments", new Object[0]);
			}
		}
		model.addAttribute("code", code);
		return "inquiry/portal-status";
	}

	private String page(Model model) {
		model.addAttribute("units", organization.units());
		model.addAttribute("categories", CATEGORIES);
		return "inquiry/portal-new";
	}
}
