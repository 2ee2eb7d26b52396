package org.xiaoneng.inquiry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.inquiry.InquiryRegister;

/** The directory of external authorities: everyone looks it up, administrators add and change entries. */
@Controller
@RequestMapping("/inquiries/authorities")
class AuthorityPages {

	private final InquiryRegister register;

	AuthorityPages(InquiryRegister register) {
		this.register = register;
	}

	@GetMapping
	String directory(@RequestParam(required = false) Long edit, Model model) {
		model.addAttribute("authorities", register.authorities());
		model.addAttribute("editing", edit == null ? null : register.authority(edit));
		return "inquiry/authorities";
	}

	@PostMapping
	String save(@RequestParam(required = false) Long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String address,
			@RequestParam(required = false) String competence, RedirectAttributes redirect) {
		try {
			if (id == null) {
				register.addAuthority(name, phone, address, competence);
			}
			else {
				register.changeAuthority(id, name, phone, address, competence);
			}
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
			return id == null ? "redirect:/inquiries/authorities" : "redirect:/inquiries/authorities?edit=" + id;
		}
		return "redirect:/inquiries/authorities";
	}
}
