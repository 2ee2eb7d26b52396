package org.xiaoneng.organization.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Employment;
import org.xiaoneng.organization.Gender;
import org.xiaoneng.organization.Leadership;
import org.xiaoneng.organization.NewDepartment;
import org.xiaoneng.organization.NewStaff;
import org.xiaoneng.organization.NewUnit;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.PoliticalStatus;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.PostKind;
import org.xiaoneng.organization.Reorganization;
import org.xiaoneng.organization.ReviewBodies;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffOrder;
import org.xiaoneng.organization.StaffQuery;
import org.xiaoneng.organization.StaffStatus;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.organization.web.OrganizationForms.DepartmentForm;
import org.xiaoneng.organization.web.OrganizationForms.PageMessage;
import org.xiaoneng.organization.web.OrganizationForms.PostForm;
import org.xiaoneng.organization.web.OrganizationForms.ReviewBodiesForm;
import org.xiaoneng.organization.web.OrganizationForms.StaffForm;
import org.xiaoneng.organization.web.OrganizationForms.UnitForm;
import org.xiaoneng.platform.security.AccountManagement;

/**
 * The organisation's pages: the tree of units and departments, a department with its posts and holders, the staff
 * list (within the caller's data scope) and a staff member's page; administrators build and edit from them. A
 * refused change comes back to the page it was made on with the rule's message, and nothing is changed.
 */
@Controller
@RequestMapping("/org")
@PreAuthorize("isAuthenticated()")
class OrganizationPages {

	private static final String ADMIN = "hasRole('ADMIN')";

	/** Staff per page of the staff list. */
	static final int STAFF_PAGE_SIZE = 50;

	private final Organization organization;

	private final Reorganization reorganization;

	private final AccountManagement accounts;

	private final Clock clock;

	OrganizationPages(Organization organization, Reorganization reorganization, AccountManagement accounts,
			Clock clock) {
		this.organization = organization;
		this.reorganization = reorganization;
		this.accounts = accounts;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("postKinds", PostKind.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("politicalStatuses", PoliticalStatus.values());
		model.addAttribute("employments", Employment.values());
		model.addAttribute("statuses", StaffStatus.values());
	}

	// ---- tree ---------------------------------------------------------------------------------------------------

	@GetMapping
	String tree(Model model) {
		List<Unit> units = organization.units();
		Map<Long, List<Department>> departments = new LinkedHashMap<>();
		units.forEach(unit -> departments.put(unit.id(), organization.departmentsOf(new UnitId(unit.id()))));
		Map<Long, Leadership> leadership = new LinkedHashMap<>();
		Map<Long, List<StaffMember>> unitStaff = new LinkedHashMap<>();
		Map<Long, String> leaderNames = new LinkedHashMap<>();
		for (Unit unit : units) {
			Leadership leaders = organization.leadership(new UnitId(unit.id()));
			leadership.put(unit.id(), leaders);
			List<StaffMember> onDuty = organization.searchStaff(
					new StaffQuery(null, unit.id(), null, StaffStatus.ON_DUTY, null));
			unitStaff.put(unit.id(), onDuty);
			onDuty.forEach(member -> leaderNames.put(member.id(), member.name()));
		}
		model.addAttribute("leadership", leadership);
		model.addAttribute("unitStaff", unitStaff);
		model.addAttribute("staffNames", leaderNames);
		model.addAttribute("departmentNames", departmentNames());
		model.addAttribute("regions", organization.regions());
		model.addAttribute("units", units);
		model.addAttribute("departments", departments);
		return "organization/tree";
	}

	@PostMapping("/units")
	@PreAuthorize(ADMIN)
	String createUnit(@Valid UnitForm form, BindingResult binding, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			refusedOr(redirect, () -> organization.createUnit(
					new NewUnit(form.regionCode(), form.name(), form.shortName(), form.creditCode())));
		}
		else {
			invalid(redirect);
		}
		return "redirect:/org";
	}

	@PostMapping("/departments")
	@PreAuthorize(ADMIN)
	String createDepartment(@Valid DepartmentForm form, BindingResult binding, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			refusedOr(redirect, () -> organization.createDepartment(
					new NewDepartment(form.unitId(), form.parentId(), form.name())));
		}
		else {
			invalid(redirect);
		}
		return "redirect:/org";
	}

	@PostMapping("/units/{id}")
	@PreAuthorize(ADMIN)
	String changeUnit(@PathVariable long id, @Valid UnitForm form, BindingResult binding, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			refusedOr(redirect, () -> organization.changeUnit(new UnitId(id),
					new NewUnit(form.regionCode(), form.name(), form.shortName(), form.creditCode())));
		}
		else {
			invalid(redirect);
		}
		return "redirect:/org";
	}

	@PostMapping("/units/{id}/review-bodies")
	@PreAuthorize(ADMIN)
	String recordReviewBodies(@PathVariable long id, @Valid ReviewBodiesForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			refusedOr(redirect, () -> organization.recordReviewBodies(new UnitId(id),
					new ReviewBodies(form.reconsiderationBody(), form.litigationCourt())));
		}
		else {
			invalid(redirect);
		}
		return "redirect:/org";
	}

	@PostMapping("/units/{id}/principal-leader")
	@PreAuthorize(ADMIN)
	String appointPrincipalLeader(@PathVariable long id, @RequestParam long staffId, RedirectAttributes redirect) {
		refusedOr(redirect, () -> organization.appointPrincipalLeader(new UnitId(id), new StaffId(staffId)));
		return "redirect:/org";
	}

	@PostMapping("/units/{id}/deputy-leaders")
	@PreAuthorize(ADMIN)
	String appointDeputyLeader(@PathVariable long id, @RequestParam long staffId,
			@RequestParam(name = "departmentIds", required = false) List<Long> departmentIds,
			RedirectAttributes redirect) {
		refusedOr(redirect, () -> organization.appointDeputyLeader(new UnitId(id), new StaffId(staffId),
				departmentIds == null ? List.of() : departmentIds.stream().map(DepartmentId::new).toList()));
		return "redirect:/org";
	}

	// ---- department -------------------------------------------------------------------------------------------

	@GetMapping("/departments/{id}")
	String department(@PathVariable long id, Model model) {
		Department department = organization.visibleDepartment(new DepartmentId(id));
		Unit unit = organization.unit(new UnitId(department.unitId()));
		Map<Long, List<StaffMember>> holders = new LinkedHashMap<>();
		List<Post> posts = organization.postsOf(new DepartmentId(id));
		posts.forEach(post -> holders.put(post.id(), organization.holdersOf(new PostId(post.id()))));
		model.addAttribute("department", department);
		model.addAttribute("unit", unit);
		model.addAttribute("posts", posts);
		model.addAttribute("holders", holders);
		model.addAttribute("head", department.headId() == null ? null : organization.staffMember(new StaffId(department.headId())));
		model.addAttribute("deputy",
				department.deputyId() == null ? null : organization.staffMember(new StaffId(department.deputyId())));
		model.addAttribute("unitStaff", organization.searchStaff(
				new StaffQuery(null, unit.id(), null, StaffStatus.ON_DUTY, null)));
		// where it may move: the unit's departments in force other than itself and those below it
		List<Department> unitDepartments = organization.departmentsOf(new UnitId(unit.id()));
		model.addAttribute("otherDepartments",
				unitDepartments.stream().filter(other -> other.id() != id).toList());
		model.addAttribute("parentChoices", unitDepartments.stream()
			.filter(other -> !isAtOrBelow(other, id, unitDepartments))
			.toList());
		return "organization/department";
	}

	/** Whether the department is the given one or lies below it, by the parent links of the unit's tree. */
	private static boolean isAtOrBelow(Department department, long ancestorId, List<Department> unitDepartments) {
		Map<Long, Long> parents = new LinkedHashMap<>();
		unitDepartments.forEach(d -> parents.put(d.id(), d.parentId()));
		for (Long at = department.id(); at != null; at = parents.get(at)) {
			if (at == ancestorId) {
				return true;
			}
		}
		return false;
	}

	@PostMapping("/posts")
	@PreAuthorize(ADMIN)
	String createPost(@Valid PostForm form, BindingResult binding, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			refusedOr(redirect, () -> organization.createPost(form.toNewPost()));
		}
		else {
			invalid(redirect);
		}
		return "redirect:/org/departments/" + form.departmentId();
	}

	@PostMapping("/departments/{id}/name")
	@PreAuthorize(ADMIN)
	String renameDepartment(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			invalid(redirect);
		}
		else {
			refusedOr(redirect, () -> organization.renameDepartment(new DepartmentId(id), name));
		}
		return "redirect:/org/departments/" + id;
	}

	@PostMapping("/posts/{id}")
	@PreAuthorize(ADMIN)
	String changePost(@PathVariable long id, @Valid PostForm form, BindingResult binding, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			refusedOr(redirect, () -> organization.changePost(new PostId(id), form.toNewPost()));
		}
		else {
			invalid(redirect);
		}
		return "redirect:/org/departments/" + organization.post(new PostId(id)).departmentId();
	}

	@PostMapping("/departments/{id}/head")
	@PreAuthorize(ADMIN)
	String appointHead(@PathVariable long id, @RequestParam long staffId, RedirectAttributes redirect) {
		refusedOr(redirect, () -> organization.appointDepartmentHead(new DepartmentId(id), new StaffId(staffId)));
		return "redirect:/org/departments/" + id;
	}

	// ---- staff ------------------------------------------------------------------------------------------------

	@GetMapping("/staff")
	String staff(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) StaffStatus status,
			@RequestParam(required = false) PostKind postKind, @RequestParam(required = false) StaffOrder sort,
			@RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		StaffQuery query = new StaffQuery(q, unitId, departmentId, status, postKind);
		StaffOrder order = sort == null ? StaffOrder.UNIT : sort;
		KeysetPage<StaffMember> staff = reorganization.staffPage(query, order, cursor, STAFF_PAGE_SIZE);
		model.addAttribute("allDepartments", allDepartments());
		model.addAttribute("query", query);
		model.addAttribute("sort", order);
		model.addAttribute("staffPage", staff);
		model.addAttribute("staff", staff.rows());
		model.addAttribute("units", organization.units());
		model.addAttribute("unitNames", unitNames());
		model.addAttribute("departmentNames", departmentNames());
		return htmx != null ? "organization/staff-list :: results" : "organization/staff-list";
	}

	@GetMapping("/staff/{id}")
	String staffMember(@PathVariable long id, Authentication caller, Model model) {
		StaffMember member = organization.visibleStaffMember(new StaffId(id));
		model.addAttribute("member", member);
		model.addAttribute("unit", organization.unit(new UnitId(member.unitId())));
		model.addAttribute("department", organization.department(new DepartmentId(member.departmentId())));
		model.addAttribute("posts", member.postIds().stream().map(PostId::new).map(organization::post).toList());
		model.addAttribute("unitPosts", organization.postsOfUnit(new UnitId(member.unitId())));
		model.addAttribute("allDepartments", allDepartments());
		model.addAttribute("departmentNames", departmentNames());
		model.addAttribute("leaving", List.of(StaffStatus.TRANSFERRED_OUT, StaffStatus.RESIGNED, StaffStatus.RETIRED));
		model.addAttribute("scheduledTransfer", reorganization.scheduledTransferOf(new StaffId(id)).orElse(null));
		model.addAttribute("tomorrow", LocalDate.now(clock).plusDays(1));
		boolean administrator = caller.getAuthorities().stream().anyMatch(role -> role.getAuthority().equals("ROLE_ADMIN"));
		model.addAttribute("roles",
				administrator && member.username() != null ? accounts.rolesOf(member.username()) : Set.of());
		return "organization/staff";
	}

	@GetMapping("/staff/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		organization.visibleStaffMember(new StaffId(id));
		return organization.photoOf(new StaffId(id))
			.map(photo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(photo.contentType()))
				.cacheControl(CacheControl.noStore())
				.body(photo.bytes()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/staff/new")
	@PreAuthorize(ADMIN)
	String newStaff(Model model) {
		model.addAttribute("form", StaffForm.blank(LocalDate.now(clock)));
		model.addAttribute("allDepartments", allDepartments());
		return "organization/staff-form";
	}

	@PostMapping("/staff")
	@PreAuthorize(ADMIN)
	String join(@Valid @ModelAttribute("form") StaffForm form, BindingResult binding, Model model) {
		if (form.staffNumber() == null || form.staffNumber().isBlank()) {
			binding.rejectValue("staffNumber", "organization.form.required");
		}
		if (form.departmentId() == null) {
			binding.rejectValue("departmentId", "organization.form.required");
		}
		if (form.joinedOn() == null) {
			binding.rejectValue("joinedOn", "organization.form.required");
		}
		if (!binding.hasErrors()) {
			try {
				StaffMember joined = organization.join(new NewStaff(form.staffNumber(), form.departmentId(),
						form.joinedOn(), form.particulars()));
				return "redirect:/org/staff/" + joined.id();
			}
			catch (RuleViolationException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), null);
			}
		}
		model.addAttribute("allDepartments", allDepartments());
		return "organization/staff-form";
	}

	@GetMapping("/staff/{id}/edit")
	@PreAuthorize(ADMIN)
	String editStaff(@PathVariable long id, Model model) {
		StaffMember member = organization.staffMember(new StaffId(id));
		model.addAttribute("member", member);
		model.addAttribute("form", StaffForm.of(member, organization.phoneOf(new StaffId(id)).orElse("")));
		return "organization/staff-form";
	}

	@PostMapping("/staff/{id}")
	@PreAuthorize(ADMIN)
	String changeStaff(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult binding,
			Model model) {
		if (!binding.hasErrors()) {
			try {
				organization.changeParticulars(new StaffId(id), form.particulars());
				return "redirect:/org/staff/" + id;
			}
			catch (RuleViolationException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), null);
			}
		}
		model.addAttribute("member", organization.staffMember(new StaffId(id)));
		return "organization/staff-form";
	}

	@PostMapping("/staff/{id}/photo")
	@PreAuthorize(ADMIN)
	String changePhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = photo.getBytes();
		refusedOr(redirect, () -> organization.changePhoto(new StaffId(id), bytes));
		return "redirect:/org/staff/" + id;
	}

	@PostMapping("/staff/{id}/transfer")
	@PreAuthorize(ADMIN)
	String transfer(@PathVariable long id, @RequestParam long departmentId, RedirectAttributes redirect) {
		refusedOr(redirect, () -> organization.transfer(new StaffId(id), new DepartmentId(departmentId)));
		return "redirect:/org/staff/" + id;
	}

	@PostMapping("/staff/{id}/leave")
	@PreAuthorize(ADMIN)
	String leave(@PathVariable long id, @RequestParam(required = false) StaffStatus status,
			RedirectAttributes redirect) {
		refusedOr(redirect, () -> organization.leave(new StaffId(id), status));
		return "redirect:/org/staff/" + id;
	}

	@PostMapping("/staff/{id}/posts")
	@PreAuthorize(ADMIN)
	String assignPost(@PathVariable long id, @RequestParam long postId, RedirectAttributes redirect) {
		refusedOr(redirect, () -> organization.assignPost(new StaffId(id), new PostId(postId)));
		return "redirect:/org/staff/" + id;
	}

	@PostMapping("/staff/{id}/posts/{postId}/release")
	@PreAuthorize(ADMIN)
	String releasePost(@PathVariable long id, @PathVariable long postId, RedirectAttributes redirect) {
		refusedOr(redirect, () -> organization.releasePost(new StaffId(id), new PostId(postId)));
		return "redirect:/org/staff/" + id;
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	/** Runs the change; a broken rule becomes the next page's message and the change is not made. */
	static void refusedOr(RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("done", PageMessage.of("organization.page.saved"));
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("problem", PageMessage.of(refused.messageKey(), refused.arguments()));
		}
	}

	static void invalid(RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", PageMessage.of("organization.form.invalid"));
	}

	private Map<Long, String> unitNames() {
		return organization.units().stream().collect(Collectors.toMap(Unit::id, Unit::shortName));
	}

	/** Every department of the region as "unit short name / department name", for choosing one. */
	private List<DepartmentChoice> allDepartments() {
		List<DepartmentChoice> choices = new ArrayList<>();
		for (Unit unit : organization.units()) {
			organization.departmentsOf(new UnitId(unit.id()))
				.forEach(department -> choices.add(new DepartmentChoice(department.id(),
						unit.shortName() + " / " + department.name())));
		}
		return choices;
	}

	private Map<Long, String> departmentNames() {
		return allDepartments().stream().collect(Collectors.toMap(DepartmentChoice::id, DepartmentChoice::label));
	}

	/** A department to choose in a form. */
	record DepartmentChoice(long id, String label) {
	}
}
