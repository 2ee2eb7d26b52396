package org.xiaoneng.catalog.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.catalog.AttachmentKind;
import org.xiaoneng.catalog.CaseKind;
import org.xiaoneng.catalog.CommitmentMetric;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.PromiseCategory;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.catalog.TermKind;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.Unit;

/**
 * The staff pages of the catalog: the items in the caller's scope, the item editor (lists as repeatable rows), a
 * version with its review actions (submit, return, publish, withdraw, next version) and attachments, and the unit's
 * commitment editor. Refused input comes back with its message and changes nothing.
 */
@Controller
@RequestMapping("/catalog")
class CatalogPages {

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final ItemLabels labels;

	private final Callers callers;

	CatalogPages(ServiceCatalog catalog, Organization organization, ItemLabels labels, Callers callers) {
		this.callers = callers;
		this.catalog = catalog;
		this.organization = organization;
		this.labels = labels;
	}

	@InitBinder({ "form", "commitmentForm" })
	void directFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
		binder.setAutoGrowCollectionLimit(200);
	}

	@GetMapping("/items")
	@PreAuthorize("hasAnyRole('HANDLER', 'DEPT_HEAD', 'LEADER', 'ADMIN')")
	String items(Model model) {
		List<ServiceItem> items = catalog.latestVersionsInScope();
		model.addAttribute("items", items);
		model.addAttribute("unitNames", labels.unitNames(items));
		model.addAttribute("departmentNames", labels.departmentNames(items));
		model.addAttribute("inForce", items.stream()
			.collect(LinkedHashMap<Long, Integer>::new,
					(map, item) -> catalog.current(item.id()).ifPresent(c -> map.put(item.id(), c.version())), Map::putAll));
		return "catalog/items";
	}

	@GetMapping("/items/new")
	@PreAuthorize("hasAnyRole('HANDLER', 'DEPT_HEAD', 'LEADER', 'ADMIN')")
	String newItem(Model model) {
		return editor(model, new ItemForm().withBlankRows(), null, null, null);
	}

	@PostMapping("/items")
	String create(@ModelAttribute("form") ItemForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return editor(model, form.withBlankRows(), null, "catalog.form.invalidNumber", new Object[0]);
		}
		try {
			ServiceItem created = catalog.createDraft(form.draft(unitOf(form.departmentId)));
			return "redirect:/catalog/items/" + created.id() + "/versions/" + created.version() + "?saved";
		}
		catch (RuleViolationException refused) {
			return editor(model, form.withBlankRows(), null, refused.messageKey(), refused.arguments());
		}
	}

	@GetMapping("/items/{id}/versions/{version}")
	String version(@PathVariable long id, @PathVariable int version, Model model) {
		ServiceItem item = catalog.versionInScope(id, version);
		model.addAttribute("item", item);
		model.addAttribute("versions", catalog.versionsInScope(id));
		model.addAttribute("unitName", labels.unitName(item.unitId()));
		model.addAttribute("departmentName", labels.departmentName(item.departmentId()));
		model.addAttribute("posts", labels.postNames(item));
		model.addAttribute("labels", labels);
		model.addAttribute("inForce", catalog.current(id).map(ServiceItem::version).orElse(null));
		model.addAttribute("today", catalog.today());
		model.addAttribute("kinds", AttachmentKind.values());
		model.addAttribute("terms", catalog.searchTerms(id));
		model.addAttribute("termKinds", TermKind.values());
		return "catalog/item";
	}

	@GetMapping("/items/{id}/versions/{version}/edit")
	@PreAuthorize("hasAnyRole('HANDLER', 'DEPT_HEAD', 'LEADER', 'ADMIN')")
	String edit(@PathVariable long id, @PathVariable int version, Model model) {
		ServiceItem item = catalog.versionInScope(id, version);
		return editor(model, ItemForm.of(item).withBlankRows(), item, null, null);
	}

	@PostMapping("/items/{id}/versions/{version}")
	String save(@PathVariable long id, @PathVariable int version, @ModelAttribute("form") ItemForm form,
			BindingResult binding, Model model) {
		ServiceItem item = catalog.versionInScope(id, version);
		if (binding.hasErrors()) {
			return editor(model, form.withBlankRows(), item, "catalog.form.invalidNumber", new Object[0]);
		}
		try {
			catalog.editDraft(id, version, form.draft(item.unitId()));
			return "redirect:/catalog/items/" + id + "/versions/" + version + "?saved";
		}
		catch (RuleViolationException refused) {
			return editor(model, form.withBlankRows(), item, refused.messageKey(), refused.arguments());
		}
	}

	@PostMapping("/items/{id}/versions/{version}/submit")
	String submit(@PathVariable long id, @PathVariable int version, RedirectAttributes redirect) {
		return attempt(redirect, versionPath(id, version), () -> {
			catalog.submitForReview(id, version);
			return versionPath(id, version);
		});
	}

	@PostMapping("/items/{id}/versions/{version}/return")
	String returnToDraft(@PathVariable long id, @PathVariable int version, RedirectAttributes redirect) {
		return attempt(redirect, versionPath(id, version), () -> {
			catalog.returnToDraft(id, version);
			return versionPath(id, version);
		});
	}

	@PostMapping("/items/{id}/versions/{version}/publish")
	String publish(@PathVariable long id, @PathVariable int version,
			@RequestParam(required = false) String effectiveFrom, RedirectAttributes redirect) {
		return attempt(redirect, versionPath(id, version), () -> {
			LocalDate from = effectiveFrom == null || effectiveFrom.isBlank() ? null : parseDate(effectiveFrom);
			catalog.publish(id, version, from);
			return versionPath(id, version);
		});
	}

	@PostMapping("/items/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam String reason,
			RedirectAttributes redirect) {
		return attempt(redirect, versionPath(id, version), () -> {
			catalog.withdraw(id, reason);
			return versionPath(id, version);
		});
	}

	@PostMapping("/items/{id}/revise")
	String revise(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		return attempt(redirect, versionPath(id, version), () -> {
			ServiceItem next = catalog.revise(id);
			return versionPath(id, next.version()) + "/edit";
		});
	}

	@PostMapping("/items/{id}/versions/{version}/materials/{number}/attachments")
	String attach(@PathVariable long id, @PathVariable int version, @PathVariable int number,
			@RequestParam AttachmentKind kind, @RequestParam MultipartFile file, RedirectAttributes redirect) {
		return attempt(redirect, versionPath(id, version), () -> {
			try {
				catalog.attach(id, version, number, kind, file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException unreadable) {
				throw new java.io.UncheckedIOException(unreadable);
			}
			return versionPath(id, version);
		});
	}

	@GetMapping("/items/{id}/versions/{version}/materials/{number}/{kind}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable int version, @PathVariable int number,
			@PathVariable AttachmentKind kind) {
		return PortalPages.download(catalog.attachmentInScope(id, version, number, kind));
	}

	// ---- commitments ---------------------------------------------------------------------------------------------

	@GetMapping("/commitment")
	@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'DEPT_HEAD')")
	String commitment(@RequestParam(required = false) Long unitId, Model model) {
		List<Unit> units = editableUnits();
		Long chosen = unitId != null ? unitId : units.isEmpty() ? null : units.get(0).id();
		model.addAttribute("units", units);
		model.addAttribute("unitId", chosen);
		CommitmentForm form = chosen == null ? new CommitmentForm()
				: catalog.latestCommitment(new UnitId(chosen)).map(CommitmentForm::of).orElseGet(CommitmentForm::new);
		return commitmentEditor(model, form.withBlankRows(), chosen);
	}

	@PostMapping("/commitment")
	String saveCommitment(@RequestParam long unitId, @ModelAttribute("commitmentForm") CommitmentForm form,
			Model model, RedirectAttributes redirect) {
		try {
			catalog.draftCommitment(new UnitId(unitId), form.draft());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/catalog/commitment?unitId=" + unitId;
		}
		catch (RuleViolationException refused) {
			model.addAttribute("units", editableUnits());
			model.addAttribute("unitId", unitId);
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return commitmentEditor(model, form.withBlankRows(), unitId);
		}
	}

	@PostMapping("/commitment/publish")
	String publishCommitment(@RequestParam long unitId, RedirectAttributes redirect) {
		String back = "/catalog/commitment?unitId=" + unitId;
		return attempt(redirect, back, () -> {
			catalog.publishCommitment(new UnitId(unitId), null);
			return back;
		});
	}

	// ---- helpers ---------------------------------------------------------------------------------------------------

	private String commitmentEditor(Model model, CommitmentForm form, Long unitId) {
		model.addAttribute("commitmentForm", form);
		model.addAttribute("categories", PromiseCategory.values());
		model.addAttribute("metrics", CommitmentMetric.values());
		model.addAttribute("latest", unitId == null ? null : catalog.latestCommitment(new UnitId(unitId)).orElse(null));
		return "catalog/commitment";
	}

	private String editor(Model model, ItemForm form, ServiceItem item, String error, Object[] arguments) {
		model.addAttribute("form", form);
		model.addAttribute("item", item);
		model.addAttribute("error", error);
		model.addAttribute("errorArguments", arguments);
		model.addAttribute("types", ItemType.values());
		model.addAttribute("caseKinds", CaseKind.values());
		model.addAttribute("limitUnits", LimitUnit.values());
		model.addAttribute("refusalAuthorities", RefusalAuthority.values());
		List<Department> departments = new ArrayList<>();
		Map<Long, String> posts = new LinkedHashMap<>();
		DataScope scope = scope();
		for (Unit unit : organization.units()) {
			if (item != null && item.unitId() != unit.id()) {
				continue;
			}
			List<Department> inScope = organization.departmentsOf(new UnitId(unit.id()))
				.stream()
				.filter(department -> scope.includesDepartment(unit.id(), department.id()))
				.toList();
			departments.addAll(inScope);
			if (!inScope.isEmpty()) {
				// a step may be worked by any post of the unit (e.g. the leader's office signs off)
				for (Post post : organization.postsOfUnit(new UnitId(unit.id()))) {
					posts.put(post.id(), labels.departmentName(post.departmentId()) + " · " + post.name());
				}
			}
		}
		model.addAttribute("departments", departments);
		model.addAttribute("unitNames", departments.stream()
			.collect(LinkedHashMap<Long, String>::new, (map, d) -> map.computeIfAbsent(d.unitId(), labels::unitName),
					Map::putAll));
		model.addAttribute("posts", posts);
		return "catalog/editor";
	}

	private List<Unit> editableUnits() {
		Caller caller = callers.current();
		if (caller.hasRole("ADMIN")) {
			return organization.units();
		}
		return caller.staff().map(member -> List.of(organization.unit(new UnitId(member.unitId())))).orElse(List.of());
	}

	private long unitOf(Long departmentId) {
		if (departmentId == null) {
			throw new DepartmentRequiredException();
		}
		return organization.department(new DepartmentId(departmentId)).unitId();
	}

	private DataScope scope() {
		return callers.current().scope();
	}

	private static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException malformed) {
			throw new DateMalformedException(text);
		}
	}

	private static String versionPath(long id, int version) {
		return "/catalog/items/" + id + "/versions/" + version;
	}


	/** The editor needs the department (and so the unit) of the item. */
	static class DepartmentRequiredException extends RuleViolationException {

		DepartmentRequiredException() {
			super(Kind.INVALID_INPUT, "catalog.rule.element.department");
		}
	}

	/** A date that is not yyyy-mm-dd. */
	static class DateMalformedException extends RuleViolationException {

		DateMalformedException(String text) {
			super(Kind.INVALID_INPUT, "catalog.form.badDate", text);
		}
	}
}
