package org.xiaoneng.substitution.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.substitution.Absence;
import org.xiaoneng.substitution.AbsenceKind;
import org.xiaoneng.substitution.NewAbsence;
import org.xiaoneng.substitution.Substitutes;

/**
 * The staff pages of 同岗替代: my absences with the request form (the handover list shown before submitting), an
 * absence with its handover, the head's approvals, the substitute's inbox, the duty board and the posts without a
 * substitute. A refused request comes back to the page with its message and changes nothing.
 */
@Controller
@RequestMapping("/substitution")
class SubstitutionPages {

	private static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	private final Substitutes substitutes;

	private final Organization organization;

	private final Callers callers;

	SubstitutionPages(Substitutes substitutes, Organization organization, Callers callers) {
		this.substitutes = substitutes;
		this.organization = organization;
		this.callers = callers;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return ZONE;
	}

	@GetMapping("/absences")
	String myAbsences(Model model) {
		StaffMember me = substitutes.me();
		model.addAttribute("me", me);
		model.addAttribute("absences", substitutes.absencesOf(new StaffId(me.id())));
		model.addAttribute("preview", substitutes.handoverPreview(new StaffId(me.id())));
		model.addAttribute("kinds", AbsenceKind.values());
		model.addAttribute("names", names(substitutes.absencesOf(new StaffId(me.id()))));
		return "substitution/absences";
	}

	@PostMapping("/absences")
	String request(@RequestParam AbsenceKind kind, @RequestParam String from, @RequestParam String to,
			@RequestParam String reason, RedirectAttributes redirect) {
		LocalDateTime start;
		LocalDateTime end;
		try {
			start = LocalDateTime.parse(from);
			end = LocalDateTime.parse(to);
		}
		catch (DateTimeParseException e) {
			redirect.addFlashAttribute("error", "substitution.page.badTime");
			redirect.addFlashAttribute("errorArguments", new Object[0]);
			return "redirect:/substitution/absences";
		}
		if (reason.isBlank()) {
			redirect.addFlashAttribute("error", "substitution.page.reasonRequired");
			redirect.addFlashAttribute("errorArguments", new Object[0]);
			return "redirect:/substitution/absences";
		}
		return attempt(redirect, "/substitution/absences", () -> {
			Absence absence = substitutes.requestAbsence(new NewAbsence(substitutes.me().id(), kind,
					start.atZone(ZONE).toInstant(), end.atZone(ZONE).toInstant(), reason));
			return "/substitution/absences/" + absence.id();
		});
	}

	@GetMapping("/absences/{id}")
	String absence(@PathVariable long id, Model model) {
		Absence absence = substitutes.absence(id);
		StaffMember me = substitutes.me();
		model.addAttribute("absence", absence);
		model.addAttribute("handover", substitutes.handoverOf(id));
		model.addAttribute("names", names(List.of(absence)));
		model.addAttribute("isAbsentee", me.id() == absence.staffId());
		model.addAttribute("isSubstitute", absence.substituteStaffId() != null && me.id() == absence.substituteStaffId());
		model.addAttribute("isApprover", substitutes.awaitingMyApproval().stream().anyMatch(a -> a.id() == id));
		return "substitution/absence";
	}

	@PostMapping("/absences/{id}/note")
	String note(@PathVariable long id, @RequestParam int position, @RequestParam String note,
			RedirectAttributes redirect) {
		String back = "/substitution/absences/" + id;
		return attempt(redirect, back, () -> {
			substitutes.noteHandover(id, position, note);
			return back;
		});
	}

	@PostMapping("/absences/{id}/acknowledge")
	String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
		String back = "/substitution/absences/" + id;
		return attempt(redirect, back, () -> {
			substitutes.acknowledgeHandover(id);
			return back;
		});
	}

	@PostMapping("/absences/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		String back = "/substitution/absences/" + id;
		return attempt(redirect, back, () -> {
			substitutes.approve(id);
			return back;
		});
	}

	@PostMapping("/absences/{id}/return")
	String recordReturn(@PathVariable long id, @RequestParam String report, RedirectAttributes redirect) {
		String back = "/substitution/absences/" + id;
		return attempt(redirect, back, () -> {
			substitutes.recordReturn(id, report);
			return back;
		});
	}

	@GetMapping("/approvals")
	String approvals(Model model) {
		List<Absence> awaiting = substitutes.awaitingMyApproval();
		model.addAttribute("absences", awaiting);
		model.addAttribute("names", names(awaiting));
		return "substitution/approvals";
	}

	@GetMapping("/handovers")
	String handovers(Model model) {
		StaffMember me = substitutes.me();
		List<Absence> handovers = substitutes.handoversFor(new StaffId(me.id()));
		model.addAttribute("absences", handovers);
		model.addAttribute("names", names(handovers));
		model.addAttribute("actingWork", substitutes.actingWorkOf(new StaffId(me.id())));
		return "substitution/handovers";
	}

	@GetMapping("/board")
	String board(@RequestParam(required = false) Long department, @RequestParam(required = false) String date,
			Model model) {
		long departmentId = department != null ? department : substitutes.me().departmentId();
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? substitutes.today() : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException e) {
			day = substitutes.today();
			model.addAttribute("error", "substitution.page.badTime");
			model.addAttribute("errorArguments", new Object[0]);
		}
		model.addAttribute("department", organization.department(new DepartmentId(departmentId)));
		model.addAttribute("date", day);
		model.addAttribute("rows", substitutes.dutyBoard(new DepartmentId(departmentId), day));
		return "substitution/board";
	}

	/**
	 * The posts of a department without a substitute: the caller's own department, or the one chosen; an
	 * administrator without a department of their own chooses one from the list of all departments.
	 */
	@GetMapping("/uncovered")
	String uncovered(@RequestParam(required = false) Long department, Model model) {
		Long departmentId = department != null ? department
				: callers.current().staff().map(StaffMember::departmentId).orElse(null);
		if (departmentId == null) {
			model.addAttribute("departments", organization.units()
				.stream()
				.flatMap(unit -> organization.departmentsOf(new UnitId(unit.id()))
					.stream()
					.map(d -> new DepartmentChoice(d.id(), unit.shortName() + " " + d.name())))
				.toList());
			return "substitution/uncovered";
		}
		model.addAttribute("department", organization.department(new DepartmentId(departmentId)));
		model.addAttribute("posts", substitutes.postsWithoutSubstitute(new DepartmentId(departmentId)));
		return "substitution/uncovered";
	}

	/** A department to choose, named with its unit. */
	record DepartmentChoice(long id, String name) {
	}

	/** The names of the absentees and substitutes of these absences, by staff id. */
	private Map<Long, String> names(List<Absence> absences) {
		Map<Long, String> names = new HashMap<>();
		for (Absence absence : absences) {
			names.computeIfAbsent(absence.staffId(), id -> organization.staffMember(new StaffId(id)).name());
			if (absence.substituteStaffId() != null) {
				names.computeIfAbsent(absence.substituteStaffId(), id -> organization.staffMember(new StaffId(id)).name());
			}
		}
		return names;
	}
}
