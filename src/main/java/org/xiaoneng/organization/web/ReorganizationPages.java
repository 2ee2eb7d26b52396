package org.xiaoneng.organization.web;

import static org.xiaoneng.organization.web.OrganizationPages.invalid;
import static org.xiaoneng.organization.web.OrganizationPages.refusedOr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Reorganization;

/**
 * The administrators' actions that reshape the organisation from its pages: a department's public room and phone,
 * moving and retiring departments and posts, and transfers that take effect on a later day. Each comes back to the
 * page it was made on, with the rule's message when refused (nothing changed).
 */
@Controller
@RequestMapping("/org")
@PreAuthorize("isAuthenticated()")
class ReorganizationPages {

	private static final String ADMIN = "hasRole('ADMIN')";

	private final Organization organization;

	private final Reorganization reorganization;

	ReorganizationPages(Organization organization, Reorganization reorganization) {
		this.organization = organization;
		this.reorganization = reorganization;
	}

	@PostMapping("/departments/{id}/contact")
	@PreAuthorize(ADMIN)
	String changeContact(@PathVariable long id, @RequestParam(required = false) String room,
			@RequestParam(required = false) String phone, RedirectAttributes redirect) {
		refusedOr(redirect, () -> reorganization.changeContact(new DepartmentId(id), room, phone));
		return "redirect:/org/departments/" + id;
	}

	@PostMapping("/departments/{id}/parent")
	@PreAuthorize(ADMIN)
	String moveDepartment(@PathVariable long id, @RequestParam(required = false) Long parentId,
			RedirectAttributes redirect) {
		refusedOr(redirect, () -> reorganization.moveDepartment(new DepartmentId(id),
				Optional.ofNullable(parentId).map(DepartmentId::new)));
		return "redirect:/org/departments/" + id;
	}

	@PostMapping("/departments/{id}/retire")
	@PreAuthorize(ADMIN)
	String retireDepartment(@PathVariable long id, RedirectAttributes redirect) {
		refusedOr(redirect, () -> reorganization.retireDepartment(new DepartmentId(id)));
		return "redirect:/org/departments/" + id;
	}

	@PostMapping("/posts/{id}/department")
	@PreAuthorize(ADMIN)
	String movePost(@PathVariable long id, @RequestParam long departmentId, RedirectAttributes redirect) {
		long from = organization.post(new PostId(id)).departmentId();
		refusedOr(redirect, () -> reorganization.movePost(new PostId(id), new DepartmentId(departmentId)));
		return "redirect:/org/departments/" + from;
	}

	@PostMapping("/posts/{id}/retire")
	@PreAuthorize(ADMIN)
	String retirePost(@PathVariable long id, RedirectAttributes redirect) {
		long from = organization.post(new PostId(id)).departmentId();
		refusedOr(redirect, () -> reorganization.retirePost(new PostId(id)));
		return "redirect:/org/departments/" + from;
	}

	@PostMapping("/staff/{id}/scheduled-transfer")
	@PreAuthorize(ADMIN)
	String scheduleTransfer(@PathVariable long id, @RequestParam long departmentId,
			@RequestParam(required = false) String effectiveOn, RedirectAttributes redirect) {
		LocalDate day;
		try {
			day = effectiveOn == null || effectiveOn.isBlank() ? null : LocalDate.parse(effectiveOn.strip());
		}
		catch (DateTimeParseException unreadable) {
			invalid(redirect);
			return "redirect:/org/staff/" + id;
		}
		refusedOr(redirect, () -> reorganization.scheduleTransfer(new StaffId(id), new DepartmentId(departmentId), day));
		return "redirect:/org/staff/" + id;
	}

	@PostMapping("/staff/{id}/scheduled-transfer/cancel")
	@PreAuthorize(ADMIN)
	String cancelScheduledTransfer(@PathVariable long id, RedirectAttributes redirect) {
		refusedOr(redirect, () -> reorganization.cancelScheduledTransfer(new StaffId(id)));
		return "redirect:/org/staff/" + id;
	}
}
