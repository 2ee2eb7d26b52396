package org.xiaoneng.inquiry.web;

import static org.xiaoneng.common.PageActions.attempt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.InquiryState;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.NextStep;
import org.xiaoneng.inquiry.ReceivedMaterial;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.RegisterFilter;
import org.xiaoneng.inquiry.RegisterOrder;
import org.xiaoneng.inquiry.TimeLimits;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.documents.Documents;

/**
 * The staff pages of 首问负责制: the one-screen quick registration, an inquiry with its outcome paths, my inquiries
 * (taken first, assigned, following), the department's open inquiries, the register with its Excel export and the
 * unit's time limits. A refused request comes back with its message and changes nothing. Complaints and reports are
 * never shown here: the facade keeps them out of every list but the supervisors'.
 */
@Controller
@RequestMapping("/inquiries")
class InquiryPages {

	private static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	private final InquiryRegister register;

	private final Organization organization;

	private final Labels labels;

	private final Documents documents;

	private final MessageSource messages;

	private final HandOverContacts handOvers;

	InquiryPages(InquiryRegister register, Organization organization, Labels labels, Documents documents,
			MessageSource messages, HandOverContacts handOvers) {
		this.register = register;
		this.organization = organization;
		this.labels = labels;
		this.documents = documents;
		this.messages = messages;
		this.handOvers = handOvers;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return ZONE;
	}

	/** What the quick form sends; every field a string or number as typed, checked by the facade. */
	record QuickForm(InquiryChannel channel, String receivedAt, String visitorName, String organisation, String phone,
			String address, InquiryCategory category, String subject, String content, List<String> materialName,
			List<Integer> materialCount, Long firstResponderId, String path, String answer, String promisedBy,
			Long postId, DecisionLevel level, Long authorityId, String note, Long concernedDepartmentId, Long itemId,
			String conductCode) {
	}

	@GetMapping("/new")
	String quickForm(Model model) {
		model.addAttribute("form", new QuickForm(InquiryChannel.PHONE, null, null, null, null, null, null, null, null,
				List.of(), List.of(), null, "answer", null, null, null, null, null, null, null, null, null));
		return form(model);
	}

	@PostMapping
	String registerInquiry(@ModelAttribute("form") QuickForm form, Model model, RedirectAttributes redirect) {
		try {
			RegisterEntry inquiry = register.register(newInquiry(form), nextStep(form));
			redirect.addFlashAttribute("registered", inquiry.queryCode());
			return "redirect:/inquiries/" + inquiry.id();
		}
		catch (RuleViolationException refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return form(model);
		}
	}

	private String form(Model model) {
		StaffMember me = register.me();
		model.addAttribute("me", me);
		model.addAttribute("channels", InquiryChannel.values());
		model.addAttribute("categories", InquiryCategory.values());
		model.addAttribute("levels", DecisionLevel.values());
		model.addAttribute("colleagues", colleagues(me));
		model.addAttribute("posts", labels.postsOfUnit(me.unitId()));
		model.addAttribute("departments", organization.departmentsOf(new UnitId(me.unitId())));
		model.addAttribute("authorities", register.authorities());
		model.addAttribute("items", register.itemsInForce(""));
		return "inquiry/new";
	}

	/** Who may be recorded as the first responder when several were present: the caller's unit, most senior first. */
	private List<StaffMember> colleagues(StaffMember me) {
		List<StaffMember> staff = new ArrayList<>();
		staff.add(me);
		var department = organization.department(new DepartmentId(me.departmentId()));
		if (department.headId() != null && department.headId() != me.id()) {
			staff.add(organization.staffMember(new StaffId(department.headId())));
		}
		if (department.deputyId() != null && department.deputyId() != me.id()) {
			staff.add(organization.staffMember(new StaffId(department.deputyId())));
		}
		organization.colleaguesOnDuty()
			.stream()
			.filter(member -> staff.stream().noneMatch(s -> s.id() == member.id()))
			.forEach(staff::add);
		return staff;
	}

	/** The application-intent picker's options for a keyword (an htmx fragment). */
	@GetMapping("/items")
	String items(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("items", register.itemsInForce(q));
		return "inquiry/parts :: itemOptions";
	}

	@PostMapping("/{id}/guide-sms")
	String sendGuide(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("guideSent", true);
		return attempt(redirect, "/inquiries/" + id, () -> register.sendGuide(new InquiryId(id)));
	}

	@GetMapping("/{id}")
	String inquiry(@PathVariable long id, Model model) {
		RegisterEntry inquiry = register.inquiry(new InquiryId(id));
		if (inquiry.confidential()) {
			return "redirect:/inquiries/complaints/" + id;
		}
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("visitor", register.visitorOf(new InquiryId(id)).orElse(null));
		model.addAttribute("steps", register.stepsOf(new InquiryId(id)));
		model.addAttribute("status", register.deadlineStatus(inquiry));
		model.addAttribute("canAct", register.canAct(inquiry));
		var postNames = labels.postNames(inquiry.unitId());
		model.addAttribute("chain", inquiry.buckPassing()
				? register.chainOf(new InquiryId(id)).stream()
					.map(post -> postNames.getOrDefault(post, String.valueOf(post)))
					.toList()
				: List.of());
		model.addAttribute("names", labels.names(List.of(inquiry), register.stepsOf(new InquiryId(id))));
		model.addAttribute("postNames", postNames);
		model.addAttribute("posts", labels.postsOfUnit(inquiry.unitId()));
		model.addAttribute("levels", DecisionLevel.values());
		model.addAttribute("authorities", register.authorities());
		model.addAttribute("authority", inquiry.authorityId() == null ? null : register.authority(inquiry.authorityId()));
		model.addAttribute("today", register.today());
		model.addAttribute("item", inquiry.itemId() == null ? null : register.itemInForce(inquiry.itemId()).orElse(null));
		model.addAttribute("handedTo", handOvers.of(inquiry, register.stepsOf(new InquiryId(id))).orElse(null));
		return "inquiry/inquiry";
	}

	/** The slip printed for a visitor handed on to another department: where it is and its phone (一(三)2). */
	@GetMapping("/{id}/handover-slip")
	ResponseEntity<byte[]> handOverSlip(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("handover-" + id + ".pdf").build().toString())
			.body(documents.pdf(handOvers.slip(new InquiryId(id))));
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id, () -> register.answer(new InquiryId(id), answer));
	}

	@PostMapping("/{id}/promise")
	String promise(@PathVariable long id, @RequestParam(required = false) String promisedBy,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id,
				() -> register.promise(new InquiryId(id), date(promisedBy, "inquiry.invalid.promisedBy"), note));
	}

	@PostMapping("/{id}/handover")
	String handOver(@PathVariable long id, @RequestParam(required = false) Long postId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id,
				() -> register.handOver(new InquiryId(id), postId == null ? null : new PostId(postId), note));
	}

	@PostMapping("/{id}/escalate")
	String escalate(@PathVariable long id, @RequestParam(required = false) DecisionLevel level,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id, () -> register.escalate(new InquiryId(id), level, note));
	}

	@PostMapping("/{id}/refer")
	String refer(@PathVariable long id, @RequestParam(required = false) Long authorityId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id, () -> register.refer(new InquiryId(id), authorityId, note));
	}

	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id, () -> register.acknowledge(new InquiryId(id)));
	}

	@PostMapping("/{id}/callback")
	String takeCallback(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id, () -> register.takeCallback(new InquiryId(id)));
	}

	@PostMapping("/{id}/extension")
	String requestExtension(@PathVariable long id, @RequestParam(defaultValue = "0") int days,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id,
				() -> register.requestExtension(new InquiryId(id), days, reason));
	}

	@PostMapping("/{id}/extension/approve")
	String approveExtension(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, "/inquiries/" + id, () -> register.approveExtension(new InquiryId(id)));
	}

	@GetMapping("/mine")
	String mine(@RequestParam(required = false) String takenCursor,
			@RequestParam(required = false) String followingCursor, Model model) {
		KeysetPage<RegisterEntry> takenFirst = register.takenFirst(takenCursor);
		List<RegisterEntry> assigned = register.assignedToMe();
		KeysetPage<RegisterEntry> following = register.following(followingCursor);
		List<RegisterEntry> all = new ArrayList<>(takenFirst.rows());
		all.addAll(assigned);
		all.addAll(following.rows());
		model.addAttribute("takenFirst", takenFirst);
		model.addAttribute("assigned", assigned);
		model.addAttribute("following", following);
		addListLabels(model, all);
		return "inquiry/mine";
	}

	@GetMapping("/department")
	String department(@RequestParam(required = false) Long department, Model model) {
		long id = department != null ? department : register.ownDepartment().value();
		List<RegisterEntry> open = register.openOfDepartment(new DepartmentId(id));
		model.addAttribute("department", organization.department(new DepartmentId(id)));
		model.addAttribute("inquiries", open);
		addListLabels(model, open);
		return "inquiry/department";
	}

	@GetMapping("/register")
	String registerPage(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) InquiryCategory category, @RequestParam(required = false) InquiryState state,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean buckPassing,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) RegisterOrder sort,
			@RequestParam(required = false) String cursor, Model model) {
		RegisterFilter filter;
		try {
			filter = new RegisterFilter(date(from, "inquiry.page.badDate"), date(to, "inquiry.page.badDate"), category,
					state, unit, text, buckPassing, overdue);
		}
		catch (BadField bad) {
			model.addAttribute("error", bad.messageKey());
			model.addAttribute("errorArguments", new Object[0]);
			filter = RegisterFilter.none();
		}
		RegisterOrder order = sort == null ? RegisterOrder.RECEIVED : sort;
		KeysetPage<RegisterEntry> found = register.register(filter, order, cursor);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("inquiries", found);
		model.addAttribute("categories", InquiryCategory.values());
		model.addAttribute("states", InquiryState.values());
		model.addAttribute("units", organization.units());
		addListLabels(model, found.rows());
		return "inquiry/register";
	}

	@GetMapping("/register/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) InquiryCategory category, @RequestParam(required = false) InquiryState state,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean buckPassing,
			@RequestParam(defaultValue = "false") boolean overdue, Locale locale) {
		RegisterFilter filter;
		try {
			filter = new RegisterFilter(date(from, "inquiry.page.badDate"), date(to, "inquiry.page.badDate"), category,
					state, unit, text, buckPassing, overdue);
		}
		catch (BadField bad) {
			// a hand-typed date the register page would have refused: export nothing rather than everything
			return ResponseEntity.badRequest().build();
		}
		List<RegisterEntry> found = register.registerAll(filter);
		var names = labels.names(found, List.of());
		var phones = register.maskedPhones(found);
		List<String> headers = List.of("queryCode", "receivedAt", "channel", "category", "subject", "visitorPhone",
				"firstResponder", "handler", "state", "deadline", "outcome", "closedAt", "buckPassing")
			.stream()
			.map(key -> text("inquiry.field." + key, locale))
			.toList();
		List<List<?>> rows = new ArrayList<>();
		for (RegisterEntry inquiry : found) {
			rows.add(List.of(inquiry.queryCode(), format(inquiry.receivedAt()),
					text("inquiry.channel." + inquiry.channel(), locale),
					text("inquiry.category." + inquiry.category(), locale), inquiry.subject(),
					phones.getOrDefault(inquiry.id(), ""), name(names, inquiry.firstResponderId()),
					name(names, inquiry.handlerId()), text("inquiry.state." + inquiry.state(), locale),
					String.valueOf(inquiry.deadline()),
					inquiry.outcome() == null ? "" : text("inquiry.outcome." + inquiry.outcome(), locale),
					inquiry.closedAt() == null ? "" : format(inquiry.closedAt()),
					inquiry.buckPassing() ? text("inquiry.page.yes", locale) : ""));
		}
		byte[] workbook = documents.excel(text("inquiry.page.register", locale), headers, rows);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("inquiries.xlsx").build().toString())
			.body(workbook);
	}

	@GetMapping("/settings")
	@PreAuthorize("hasRole('ADMIN')")
	String settings(@RequestParam(required = false) Long unit, Model model) {
		Long unitId = unit != null ? unit
				: organization.staffByUsername(currentUser()).map(StaffMember::unitId).orElse(null);
		model.addAttribute("units", organization.units());
		if (unitId != null) {
			model.addAttribute("unit", organization.unit(new UnitId(unitId)));
			model.addAttribute("limits", register.timeLimitsOf(new UnitId(unitId)));
		}
		return "inquiry/settings";
	}

	@PostMapping("/settings")
	String saveSettings(@RequestParam long unit, @RequestParam(defaultValue = "-1") int acknowledgeDays,
			@RequestParam(defaultValue = "-1") int answerDays, @RequestParam(defaultValue = "-1") int concludeDays,
			@RequestParam(defaultValue = "-1") int acceptanceNoticeDays, RedirectAttributes redirect) {
		try {
			register.setTimeLimits(new UnitId(unit),
					new TimeLimits(acknowledgeDays, answerDays, concludeDays, acceptanceNoticeDays));
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/inquiries/settings?unit=" + unit;
	}

	// ---- helpers ----------------------------------------------------------------------------------------------

	private void addListLabels(Model model, List<RegisterEntry> inquiries) {
		model.addAttribute("names", labels.names(inquiries, List.of()));
		model.addAttribute("phones", register.maskedPhones(inquiries));
		model.addAttribute("statuses", labels.statuses(inquiries));
	}

	private NewInquiry newInquiry(QuickForm form) {
		List<ReceivedMaterial> materials = new ArrayList<>();
		List<String> names = form.materialName() == null ? List.of() : form.materialName();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name == null || name.isBlank()) {
				continue;
			}
			Integer count = form.materialCount() != null && i < form.materialCount().size()
					? form.materialCount().get(i) : null;
			materials.add(new ReceivedMaterial(name, count == null ? 1 : count));
		}
		var received = form.receivedAt() == null || form.receivedAt().isBlank() ? null
				: dateTime(form.receivedAt()).atZone(ZONE).toInstant();
		return new NewInquiry(form.channel(), received, form.visitorName(), form.organisation(), form.phone(),
				form.address(), form.category(), form.subject(), form.content(), materials, form.firstResponderId(),
				null, form.concernedDepartmentId(), null, form.itemId(), form.conductCode());
	}

	private NextStep nextStep(QuickForm form) {
		String path = form.path() == null ? "keep" : form.path();
		return switch (path) {
			case "answer" -> new NextStep.Answer(form.answer());
			case "promise" -> new NextStep.Promise(date(form.promisedBy(), "inquiry.invalid.promisedBy"), form.note());
			case "handover" -> new NextStep.HandOver(form.postId(), form.note());
			case "escalate" -> new NextStep.Escalate(form.level(), form.note());
			case "refer" -> new NextStep.Refer(form.authorityId(), form.note());
			default -> new NextStep.Keep();
		};
	}

	/** A field the browser sent in a form the facade cannot take (a malformed date). */
	static final class BadField extends RuleViolationException {

		private static final long serialVersionUID = 1L;

		BadField(String key) {
			super(Kind.INVALID_INPUT, key);
		}
	}

	private static LocalDate date(String text, String key) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new BadField(key);
		}
	}

	private static LocalDateTime dateTime(String text) {
		try {
			return LocalDateTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new BadField("inquiry.invalid.receivedAt");
		}
	}


	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String name(java.util.Map<Long, String> names, Long id) {
		return id == null ? "" : names.getOrDefault(id, "");
	}

	private static String format(java.time.Instant instant) {
		return instant.atZone(ZONE).toLocalDateTime().toString().replace('T', ' ');
	}

	private static String currentUser() {
		return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
	}
}
