package org.xiaoneng.substitution.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Leadership;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffQuery;
import org.xiaoneng.organization.StaffStatus;
import org.xiaoneng.substitution.ActingLeader;
import org.xiaoneng.substitution.Assignment;
import org.xiaoneng.substitution.Substitutes;

/**
 * The pages that set up 同岗替代 (issue 22; before, only the API could): each post of a department with its holders
 * and substitute (B 角), where the head names the substitute and a leader designates a third person for a period when
 * both are away; a unit's leaders with who acts for each; and a substitute's covered work with its timeliness. A
 * refused setting comes back with its message and changes nothing.
 */
@Controller
@RequestMapping("/substitution")
class SubstitutionSettingPages {

	private static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	private final Substitutes substitutes;

	private final Organization organization;

	private final Callers callers;

	SubstitutionSettingPages(Substitutes substitutes, Organization organization, Callers callers) {
		this.substitutes = substitutes;
		this.organization = organization;
		this.callers = callers;
	}

	/** A post of the department as the settings page shows it. */
	record PostCover(Post post, List<StaffMember> holders, Assignment assignment, String substituteName) {
	}

	/** A leader of the unit with who acts for them. */
	record LeaderCover(StaffMember leader, String actingName) {
	}

	/** The posts of a department with their substitutes: the caller's own department, or the one chosen. */
	@GetMapping("/posts")
	String posts(@RequestParam(required = false) Long department, Model model) {
		Long departmentId = department != null ? department
				: callers.current().staff().map(StaffMember::departmentId).orElse(null);
		if (departmentId == null) {
			return "redirect:/substitution/uncovered";
		}
		// who may see the duty board of the department may see who covers its posts
		substitutes.dutyBoard(new DepartmentId(departmentId), substitutes.today());
		Department shown = organization.department(new DepartmentId(departmentId));
		List<PostCover> covers = new ArrayList<>();
		for (Post post : organization.postsOf(new DepartmentId(departmentId))) {
			Optional<Assignment> assignment = substitutes.assignmentOf(new PostId(post.id()));
			String substituteName = substitutes.substituteOf(new PostId(post.id()))
				.map(id -> organization.staffMember(new StaffId(id)).name())
				.orElse(null);
			covers.add(new PostCover(post, organization.holdersOf(new PostId(post.id())), assignment.orElse(null), substituteName));
		}
		model.addAttribute("department", shown);
		model.addAttribute("covers", covers);
		model.addAttribute("unitStaff",
				organization.searchStaff(new StaffQuery(null, shown.unitId(), null, StaffStatus.ON_DUTY, null)));
		model.addAttribute("unitPosts", organization.postsOfUnit(new UnitId(shown.unitId())));
		return "substitution/posts";
	}

	@PostMapping("/posts/{postId}/substitute")
	String assignSubstitute(@PathVariable long postId, @RequestParam(required = false) Long staffId,
			@RequestParam(required = false) Long substitutePostId, RedirectAttributes redirect) {
		String back = postsPage(postId);
		return attempt(redirect, back, () -> substitutes.assignSubstitute(new PostId(postId), staffId, substitutePostId));
	}

	/** A third person acts for the post for a period in which its holder and substitute are both away. */
	@PostMapping("/posts/{postId}/designations")
	String designate(@PathVariable long postId, @RequestParam long staffId, @RequestParam String from,
			@RequestParam String to, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		String back = postsPage(postId);
		Instant start;
		Instant end;
		try {
			start = LocalDateTime.parse(from).atZone(ZONE).toInstant();
			end = LocalDateTime.parse(to).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException unreadable) {
			return refused(redirect, back, "substitution.page.badTime");
		}
		if (reason == null || reason.isBlank()) {
			return refused(redirect, back, "substitution.page.reasonRequired");
		}
		return attempt(redirect, back, () -> substitutes.designate(new PostId(postId), start, end, new StaffId(staffId), reason));
	}

	/** The unit's leaders with who acts for each: the caller's own unit, or the one chosen. */
	@GetMapping("/acting-leaders")
	String actingLeaders(@RequestParam(required = false) Long unit, Model model) {
		Long unitId = unit != null ? unit : callers.current().staff().map(StaffMember::unitId).orElse(null);
		if (unitId == null) {
			model.addAttribute("units", organization.units());
			return "substitution/acting-leaders";
		}
		Leadership leadership = organization.leadership(new UnitId(unitId));
		List<Long> leaderIds = new ArrayList<>();
		Optional.ofNullable(leadership.principalLeaderId()).ifPresent(leaderIds::add);
		leadership.deputies().forEach(deputy -> leaderIds.add(deputy.staffId()));
		List<LeaderCover> leaders = leaderIds.stream()
			.map(id -> new LeaderCover(organization.staffMember(new StaffId(id)), substitutes.actingLeaderOf(new StaffId(id))
				.map(ActingLeader::actingStaffId)
				.map(acting -> organization.staffMember(new StaffId(acting)).name())
				.orElse(null)))
			.toList();
		model.addAttribute("unit", organization.unit(new UnitId(unitId)));
		model.addAttribute("principalId", leadership.principalLeaderId());
		model.addAttribute("leaders", leaders);
		model.addAttribute("unitStaff",
				organization.searchStaff(new StaffQuery(null, unitId, null, StaffStatus.ON_DUTY, null)));
		return "substitution/acting-leaders";
	}

	@PostMapping("/leaders/{staffId}/acting-leader")
	String nameActingLeader(@PathVariable long staffId, @RequestParam long actingStaffId,
			RedirectAttributes redirect) {
		String back = "/substitution/acting-leaders?unit=" + organization.staffMember(new StaffId(staffId)).unitId();
		return attempt(redirect, back, () -> substitutes.nameActingLeader(new StaffId(staffId), new StaffId(actingStaffId)));
	}

	/**
	 * What a staff member (the caller, unless another is chosen) did on holders' behalf, with the on-time figures
	 * their own work is measured by (六(五)); the last 90 days unless a period is chosen.
	 */
	@GetMapping("/covered")
	String covered(@RequestParam(required = false) Long staff, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		long staffId = staff != null ? staff : substitutes.me().id();
		LocalDate last;
		LocalDate first;
		try {
			last = to == null || to.isBlank() ? substitutes.today() : LocalDate.parse(to.strip());
			first = from == null || from.isBlank() ? last.minusDays(90) : LocalDate.parse(from.strip());
		}
		catch (DateTimeParseException unreadable) {
			last = substitutes.today();
			first = last.minusDays(90);
			model.addAttribute("error", "substitution.page.badTime");
			model.addAttribute("errorArguments", new Object[0]);
		}
		model.addAttribute("member", organization.visibleStaffMember(new StaffId(staffId)));
		model.addAttribute("covered", substitutes.coveredWorkOf(new StaffId(staffId), first, last));
		return "substitution/covered";
	}

	private String postsPage(long postId) {
		return "/substitution/posts?department=" + organization.post(new PostId(postId)).departmentId();
	}

	private static String refused(RedirectAttributes redirect, String back, String messageKey) {
		redirect.addFlashAttribute("error", messageKey);
		redirect.addFlashAttribute("errorArguments", new Object[0]);
		return "redirect:" + back;
	}
}
