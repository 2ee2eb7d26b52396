package org.xiaoneng.disclosure.web;

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
import org.xiaoneng.common.UnitId;
import org.xiaoneng.disclosure.Applicant;
import org.xiaoneng.disclosure.DisclosureRequests;
import org.xiaoneng.disclosure.NewRequest;
import org.xiaoneng.organization.Organization;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public portal's application for government information (政府信息公开条例 第二十九条), without signing in: the
 * unit, the applicant with an identity document and a contact, the information wanted and the form. It waits for an
 * editor of the unit to confirm it with the applicant, which day is its day of receipt (第三十一条(三)).
 */
@Controller
@RequestMapping("/portal/information-requests")
class RequestPortalPages {

	private final DisclosureRequests requests;

	private final Organization organization;

	RequestPortalPages(DisclosureRequests requests, Organization organization) {
		this.requests = requests;
		this.organization = organization;
	}

	/** What the public form sends. */
	record PortalForm(Long unitId, Applicant.Kind kind, String name, String identity, String contact,
			String description, String formWanted) {
	}

	@GetMapping
	String form(@RequestParam(defaultValue = "false") boolean submitted, Model model) {
		model.addAttribute("form", new PortalForm(null, Applicant.Kind.CITIZEN, null, null, null, null, null));
		model.addAttribute("submitted", submitted);
		return page(model);
	}

	/** Files the application and answers with the form's address (post/redirect/get), saying it was submitted. */
	@PostMapping
	String submit(@ModelAttribute("form") PortalForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			if (form.unitId() == null) {
				model.addAttribute("error", "disclosure.error.unitMissing");
				model.addAttribute("errorArguments", new Object[0]);
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return page(model);
			}
			requests.submitOnline(new UnitId(organization.unit(new UnitId(form.unitId())).id()),
					new NewRequest(null, new Applicant(form.kind(), form.name(), form.identity(), form.contact()),
							form.description(), form.formWanted(), null));
			redirect.addAttribute("submitted", true);
			return "redirect:/portal/information-requests";
		}
		catch (RuleViolationException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return page(model);
		}
	}

	private String page(Model model) {
		model.addAttribute("units", organization.units());
		model.addAttribute("kinds", Applicant.Kind.values());
		if (!model.containsAttribute("submitted")) {
			model.addAttribute("submitted", false);
		}
		return "disclosure/portal-request";
	}
}
