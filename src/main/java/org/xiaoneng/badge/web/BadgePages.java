package org.xiaoneng.badge.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.badge.BadgeFilter;
import org.xiaoneng.badge.BadgeId;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.badge.BadgeStatus;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;

/**
 * The badge office's pages: the register with filters, a badge with its history and the office's actions on it, the
 * tasks to issue and take back badges, and the check of window posts without a valid badge. Cards and the Excel
 * export are the API's downloads, which the pages link to.
 */
@Controller
@RequestMapping("/badges")
@PreAuthorize(BadgeApiController.READERS)
class BadgePages {

	private static final int PAGE_SIZE = 20;

	private final BadgeOffice office;

	private final Organization organization;

	private final Callers callers;

	BadgePages(BadgeOffice office, Organization organization, Callers callers) {
		this.office = office;
		this.organization = organization;
		this.callers = callers;
	}

	/** A department with its unit, for the filter and the print run. */
	record Place(long unitId, String unitName, long departmentId, String departmentName) {
	}

	@GetMapping
	String register(@RequestParam(required = false) BadgeStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) String text,
			@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("badges", office.badges(new BadgeFilter(status, unitId, departmentId, text), cursor, PAGE_SIZE));
		model.addAttribute("status", status);
		model.addAttribute("unitId", unitId);
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("text", text);
		model.addAttribute("statuses", BadgeStatus.values());
		model.addAttribute("places", places());
		model.addAttribute("office", callers.current().hasRole("ADMIN"));
		return "badge/register";
	}

	@GetMapping("/{id}")
	String badge(@PathVariable long id, Model model) {
		model.addAttribute("details", office.badge(new BadgeId(id)));
		model.addAttribute("zone", Clocks.BUSINESS_ZONE);
		model.addAttribute("office", callers.current().hasRole("ADMIN"));
		return "badge/detail";
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize(BadgeApiController.OFFICE)
	String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> office.revoke(new BadgeId(id), note));
	}

	@PostMapping("/{id}/loss")
	@PreAuthorize(BadgeApiController.OFFICE)
	String loss(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, back(id), () -> back(office.reportLoss(new BadgeId(id)).id().value()));
	}

	@PostMapping("/{id}/photo")
	@PreAuthorize(BadgeApiController.OFFICE)
	String photo(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		byte[] upload = photo == null ? new byte[0] : photo.getBytes();
		return attempt(redirect, back(id), () -> office.changePhoto(new BadgeId(id), upload));
	}

	@GetMapping("/tasks")
	String tasks(@RequestParam(defaultValue = "true") boolean open, Model model) {
		model.addAttribute("tasks", office.tasks(open));
		model.addAttribute("open", open);
		model.addAttribute("office", callers.current().hasRole("ADMIN"));
		return "badge/tasks";
	}

	@PostMapping("/tasks/{id}/issue")
	@PreAuthorize(BadgeApiController.OFFICE)
	String completeIssue(@PathVariable long id, @RequestParam(defaultValue = "") String number,
			RedirectAttributes redirect) {
		return attempt(redirect, "/badges/tasks", () -> back(office.completeIssueTask(id, number).id().value()));
	}

	@PostMapping("/tasks/{id}/returned")
	@PreAuthorize(BadgeApiController.OFFICE)
	String returned(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "/badges/tasks", () -> office.cardReturned(id));
	}

	@GetMapping("/check")
	String check(Model model) {
		model.addAttribute("unbadged", office.unbadgedWindowStaff());
		model.addAttribute("units", organization.units());
		return "badge/check";
	}

	private List<Place> places() {
		var caller = callers.current();
		List<Place> places = new ArrayList<>();
		for (Unit unit : organization.units()) {
			for (Department department : organization.departmentsOf(new UnitId(unit.id()))) {
				if (caller.sees(unit.id(), department.id())) {
					places.add(new Place(unit.id(), unit.name(), department.id(), department.name()));
				}
			}
		}
		return places;
	}

	private static String back(long id) {
		return "/badges/" + id;
	}
}
