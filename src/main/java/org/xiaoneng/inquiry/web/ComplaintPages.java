package org.xiaoneng.inquiry.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.ZoneId;
import java.util.List;

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
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.Verification;
import org.xiaoneng.organization.Organization;

/**
 * The supervisors' queue of complaints and reports (投诉、举报) and the verification of one. The identity of whoever
 * made it is shown only when a supervisor asks for it, and each such view is audited by the facade.
 */
@Controller
@RequestMapping("/inquiries/complaints")
class ComplaintPages {

	private final InquiryRegister register;

	private final Organization organization;

	private final Labels labels;

	private final ConductRulebook conduct;

	ComplaintPages(InquiryRegister register, Organization organization, Labels labels, ConductRulebook conduct) {
		this.register = register;
		this.organization = organization;
		this.labels = labels;
		this.conduct = conduct;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return Clocks.BUSINESS_ZONE;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "true") boolean open, Model model) {
		List<RegisterEntry> queue = register.complaintQueue(open);
		model.addAttribute("inquiries", queue);
		model.addAttribute("open", open);
		model.addAttribute("statuses", labels.statuses(queue));
		model.addAttribute("unitNames", unitNames());
		return "inquiry/complaints";
	}

	@GetMapping("/{id}")
	String complaint(@PathVariable long id, @RequestParam(defaultValue = "false") boolean identity, Model model) {
		RegisterEntry inquiry = register.inquiry(new InquiryId(id));
		if (!inquiry.confidential()) {
			return "redirect:/inquiries/" + id;
		}
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("identity", identity ? register.identityOf(new InquiryId(id)) : null);
		model.addAttribute("steps", register.stepsOf(new InquiryId(id)));
		model.addAttribute("status", register.deadlineStatus(inquiry));
		model.addAttribute("verifications", Verification.values());
		model.addAttribute("unitNames", unitNames());
		model.addAttribute("concerned", concerned(inquiry));
		model.addAttribute("conductRule", inquiry.conduct() == null ? null
				: inquiry.conduct().code() + " " + conduct.wording(inquiry.conduct()).orElse(""));
		return "inquiry/complaint";
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable long id, @RequestParam(required = false) Verification verification,
			@RequestParam(required = false) String findings, @RequestParam(required = false) String reply,
			RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/complaints/" + id,
				() -> register.verify(new InquiryId(id), verification, findings, reply));
	}

	@PostMapping("/{id}/acceptance")
	String notifyAcceptance(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/complaints/" + id, () -> register.notifyAcceptance(new InquiryId(id)));
	}

	@PostMapping("/{id}/extension")
	String requestExtension(@PathVariable long id, @RequestParam(defaultValue = "0") int days,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/complaints/" + id,
				() -> register.requestExtension(new InquiryId(id), days, reason));
	}

	private String concerned(RegisterEntry inquiry) {
		StringBuilder text = new StringBuilder();
		if (inquiry.concernedDepartmentId() != null) {
			text.append(organization.department(new DepartmentId(inquiry.concernedDepartmentId())).name());
		}
		if (inquiry.concernedStaffId() != null) {
			text.append(text.isEmpty() ? "" : " · ").append(organization.staffMember(new StaffId(inquiry.concernedStaffId())).name());
		}
		return text.toString();
	}

	private java.util.Map<Long, String> unitNames() {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		organization.units().forEach(unit -> names.put(unit.id(), unit.name()));
		return names;
	}
}
