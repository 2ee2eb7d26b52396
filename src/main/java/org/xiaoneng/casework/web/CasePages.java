package org.xiaoneng.casework.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.casework.ApplicantDetails;
import org.xiaoneng.casework.CaseDetails;
import org.xiaoneng.casework.CaseExtension;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseOrder;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.casework.CaseQuery;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.DefectKind;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.ExtensionDecision;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.NewSubmission;
import org.xiaoneng.casework.PauseKind;
import org.xiaoneng.casework.ReceivedMaterial;
import org.xiaoneng.casework.refusal.RefusalRecords;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The staff pages of 办件: the clerk's one-screen intake, the work lists with search, the case page with its actions
 * and deadline explanation, the leader's extension approvals and the heads' rectifications. A refused action comes
 * back to the page with its message and changes nothing.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
class CasePages {

	private static final int PAGE_SIZE = 20;

	private final Cases cases;

	private final CasePortal portal;

	private final ServiceCatalog catalog;

	private final Organization organization;

	private final ObjectProvider<RefusalRecords> refusals;

	private final CaseRegisterWorkbook workbook;

	CasePages(Cases cases, CasePortal portal, ServiceCatalog catalog, Organization organization,
			ObjectProvider<RefusalRecords> refusals, CaseRegisterWorkbook workbook) {
		this.workbook = workbook;
		this.cases = cases;
		this.portal = portal;
		this.catalog = catalog;
		this.organization = organization;
		this.refusals = refusals;
	}

	// ---- intake -------------------------------------------------------------------------------------------------

	@GetMapping("/intake")
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER')")
	String intake(@RequestParam(required = false) Long itemId, Authentication caller, Model model) {
		IntakeForm form = new IntakeForm();
		form.setIdempotencyKey(UUID.randomUUID().toString());
		form.setItemId(itemId);
		return intakePage(form, caller, model);
	}

	private String intakePage(IntakeForm form, Authentication caller, Model model) {
		List<ServiceItem> items = organization.staffByUsername(caller.getName())
			.map(StaffMember::unitId)
			.map(UnitId::new)
			.map(catalog::inForceOfUnit)
			.orElseGet(() -> catalog.searchInForce("", 100));
		model.addAttribute("items", items);
		Optional<ServiceItem> item = form.getItemId() == null ? Optional.empty() : catalog.current(form.getItemId());
		if (item.isPresent() && form.getRows().isEmpty()) {
			for (Material material : item.get().materials()) {
				IntakeForm.MaterialRow row = new IntakeForm.MaterialRow();
				row.setNumber(material.number());
				row.setName(material.name());
				row.setReceived(true);
				row.setOriginal(material.originals() > 0);
				form.getRows().add(row);
			}
		}
		model.addAttribute("item", item.orElse(null));
		model.addAttribute("form", form);
		return "casework/intake";
	}

	@PostMapping("/intake")
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER')")
	String register(@ModelAttribute("form") IntakeForm form, @RequestParam String action, Authentication caller,
			Model model, RedirectAttributes redirect) {
		List<ReceivedMaterial> materials = new ArrayList<>();
		List<MaterialDefect> defects = new ArrayList<>();
		for (IntakeForm.MaterialRow row : form.getRows()) {
			if (row.isReceived()) {
				materials.add(new ReceivedMaterial(row.getNumber(), row.getName(), row.isOriginal(), count(row.getCopies()),
						count(row.getPages())));
				if (row.isProblem()) {
					defects.add(new MaterialDefect(null, materials.size(), DefectKind.IRREGULAR, row.getReason()));
				}
			}
			else if (row.isProblem()) {
				defects.add(new MaterialDefect(row.getNumber(), null, DefectKind.MISSING, row.getReason()));
			}
		}
		if (form.getOtherName() != null && !form.getOtherName().isBlank()) {
			materials.add(new ReceivedMaterial(null, form.getOtherName(), false, count(form.getOtherCopies()),
					count(form.getOtherPages())));
		}
		if ("accept".equals(action) && !defects.isEmpty()) {
			model.addAttribute("error", "casework.page.problemsTicked");
			model.addAttribute("errorArguments", new Object[0]);
			return intakePage(form, caller, model);
		}
		if ("notice".equals(action) && defects.isEmpty()) {
			model.addAttribute("error", "casework.notice.empty");
			model.addAttribute("errorArguments", new Object[0]);
			return intakePage(form, caller, model);
		}
		NewSubmission submission = new NewSubmission(form.getItemId() == null ? 0 : form.getItemId(), form.getChannel(),
				new ApplicantDetails(form.getApplicantKind(), form.getName(), form.getOrganisation(), form.getIdType(),
						form.getIdNumber(), form.getPhone(), form.getEmail(), form.getAddress(), form.getAgentName(),
						form.getAgentIdType(), form.getAgentIdNumber(), form.getAgentPhone()),
				materials, form.getPickup());
		CaseFile file;
		try {
			file = cases.submit(submission, caller.getName() + ":" + form.getIdempotencyKey());
		}
		catch (RuleViolationException refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return intakePage(form, caller, model);
		}
		String page = "/cases/" + file.id();
		if (file.state() != CaseState.RECEIVED) {
			return "redirect:" + page;
		}
		return attempt(redirect, page, () -> {
			if ("accept".equals(action)) {
				cases.accept(file.id());
			}
			else if ("notice".equals(action)) {
				cases.issueCorrectionNotice(file.id(), defects, null);
			}
			return page;
		});
	}

	private static int count(Integer value) {
		return value == null ? 0 : value;
	}

	// ---- lists --------------------------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) CaseQuery.CaseList list,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String queryCode,
			@RequestParam(required = false) String applicantName, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) Long itemId, @RequestParam(required = false) CaseState state,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) CaseOrder sort, @RequestParam(required = false) String cursor,
			Model model) {
		CaseQuery query = query(list, caseNumber, queryCode, applicantName, idNumber, itemId, state, from, to, model);
		model.addAttribute("list", query.list());
		model.addAttribute("lists", CaseQuery.CaseList.values());
		model.addAttribute("states", CaseState.values());
		model.addAttribute("query", query);
		CaseOrder order = sort == null ? CaseOrder.DEADLINE : sort;
		model.addAttribute("sort", order);
		model.addAttribute("result", cases.search(query, order, cursor, PAGE_SIZE));
		return "casework/list";
	}

	/** The case register (办件登记册) as Excel: every case the list's filters select, in its order, in the caller's scope. */
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) CaseQuery.CaseList list,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String queryCode,
			@RequestParam(required = false) String applicantName, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) Long itemId, @RequestParam(required = false) CaseState state,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) CaseOrder sort, Model model, Locale locale) {
		CaseQuery query = query(list, caseNumber, queryCode, applicantName, idNumber, itemId, state, from, to, model);
		if (model.containsAttribute("error")) {
			// a hand-typed date the list would have refused: export nothing rather than everything
			return ResponseEntity.badRequest().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("case-register.xlsx").build().toString())
			.body(workbook.of(cases.register(query, sort == null ? CaseOrder.DEADLINE : sort), locale));
	}

	/** The list's query: the caller's own cases when nothing is asked for; a date that does not parse is reported. */
	private static CaseQuery query(CaseQuery.CaseList list, String caseNumber, String queryCode, String applicantName,
			String idNumber, Long itemId, CaseState state, String from, String to, Model model) {
		LocalDate receivedFrom = date(from, model);
		LocalDate receivedTo = date(to, model);
		boolean searching = caseNumber != null || queryCode != null || applicantName != null || idNumber != null
				|| itemId != null || state != null || receivedFrom != null || receivedTo != null;
		CaseQuery.CaseList shown = list == null && !searching ? CaseQuery.CaseList.MINE : list;
		return new CaseQuery(caseNumber, queryCode, applicantName, idNumber, itemId, state, receivedFrom, receivedTo,
				shown);
	}

	private static LocalDate date(String text, Model model) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			model.addAttribute("error", "casework.page.badDate");
			model.addAttribute("errorArguments", new Object[0]);
			return null;
		}
	}

	// ---- case page ----------------------------------------------------------------------------------------------

	@GetMapping("/{id:\\d+}")
	String details(@PathVariable long id, Model model) {
		CaseDetails details = cases.details(id);
		model.addAttribute("c", details);
		model.addAttribute("open", details.openStep());
		model.addAttribute("may", cases.actions(id));
		model.addAttribute("refusalAvailable", refusals.orderedStream().findAny().isPresent());
		model.addAttribute("pauseKinds", PauseKind.values());
		model.addAttribute("deliveryMethods", DeliveryMethod.values());
		model.addAttribute("item", catalog.version(details.file().itemId(), details.file().itemVersion()));
		return "casework/case";
	}

	@PostMapping("/{id}/identity")
	String identity(@PathVariable long id, Model model) {
		model.addAttribute("identity", cases.fullIdentity(id));
		return details(id, model);
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.accept(id));
	}

	@PostMapping("/{id}/corrections")
	String corrected(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) Integer number,
			@RequestParam(defaultValue = "false") boolean original, @RequestParam(defaultValue = "1") int copies,
			@RequestParam(defaultValue = "1") int pages, RedirectAttributes redirect) {
		return act(redirect, id,
				() -> cases.supplyCorrection(id, List.of(new ReceivedMaterial(number, name, original, copies, pages))));
	}

	@PostMapping("/{id}/notice")
	String notice(@PathVariable long id, @RequestParam int position, @RequestParam String reason,
			@RequestParam(required = false) String secondReason, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.issueCorrectionNotice(id,
				List.of(new MaterialDefect(null, position, DefectKind.IRREGULAR, reason)), secondReason));
	}

	@PostMapping("/{id}/steps/{number}/sign")
	String sign(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.signStep(id, number));
	}

	@PostMapping("/{id}/steps/{number}/complete")
	String completeStep(@PathVariable long id, @PathVariable int number, @RequestParam String opinion,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.completeStep(id, number, opinion));
	}

	@PostMapping("/{id}/suspend")
	String suspend(@PathVariable long id, @RequestParam PauseKind kind,
			@RequestParam(required = false) String procedureName, @RequestParam String reason,
			@RequestParam(required = false) Integer plannedDays, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.suspend(id, kind, procedureName, reason, plannedDays));
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.resume(id));
	}

	@PostMapping("/{id}/extensions")
	String requestExtension(@PathVariable long id, @RequestParam(defaultValue = "0") int workingDays,
			@RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.requestExtension(id, workingDays, reason));
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable long id, @RequestParam String certificateName,
			@RequestParam String certificateNumber, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.complete(id, certificateName, certificateNumber));
	}

	@PostMapping("/{id}/deliver")
	String deliver(@PathVariable long id, @RequestParam DeliveryMethod method, @RequestParam String deliveredOn,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			LocalDate on;
			try {
				on = LocalDate.parse(deliveredOn);
			}
			catch (DateTimeParseException e) {
				on = null;
			}
			return cases.deliver(id, method, on);
		});
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
		return act(redirect, id, () -> cases.withdraw(id, reason));
	}

	@GetMapping("/{id}/documents/{documentId}")
	org.springframework.http.ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		return CaseApiController.pdf(cases.document(id, documentId));
	}

	// ---- approvals and rectifications ---------------------------------------------------------------------------

	@GetMapping("/approvals")
	String approvals(Model model) {
		List<CaseExtension> awaiting = cases.extensionsAwaitingMe();
		model.addAttribute("extensions", awaiting);
		model.addAttribute("files", awaiting.stream().map(e -> cases.caseFile(e.caseId())).toList());
		return "casework/approvals";
	}

	@PostMapping("/approvals/{extensionId}")
	String decide(@PathVariable long extensionId, @RequestParam ExtensionDecision decision,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(redirect, "/cases/approvals", () -> {
			cases.decideExtension(extensionId, decision, note);
			return "/cases/approvals";
		});
	}

	@GetMapping("/rectifications")
	@PreAuthorize("hasAnyRole('DEPT_HEAD', 'LEADER', 'SUPERVISOR')")
	String rectifications(Model model) {
		model.addAttribute("rectifications", portal.rectifications());
		return "casework/rectifications";
	}

	@PostMapping("/rectifications/{id}")
	String closeRectification(@PathVariable long id, @RequestParam String findings, @RequestParam String measures,
			@RequestParam String calledBackOn, @RequestParam String callBackNote,
			RedirectAttributes redirect) {
		return attempt(redirect, "/cases/rectifications", () -> {
			LocalDate on;
			try {
				on = LocalDate.parse(calledBackOn);
			}
			catch (DateTimeParseException e) {
				on = null;
			}
			portal.closeRectification(id, findings, measures, on, callBackNote);
			return "/cases/rectifications";
		});
	}

	private static String act(RedirectAttributes redirect, long id, Runnable action) {
		return attempt(redirect, "/cases/" + id, () -> {
			action.run();
			return "/cases/" + id;
		});
	}

	private static String act(RedirectAttributes redirect, long id, Supplier<?> action) {
		return attempt(redirect, "/cases/" + id, () -> {
			action.get();
			return "/cases/" + id;
		});
	}
}
