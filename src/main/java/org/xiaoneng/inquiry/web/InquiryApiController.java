package org.xiaoneng.inquiry.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.ExternalAuthority;
import org.xiaoneng.inquiry.Identity;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.InquiryState;
import org.xiaoneng.inquiry.InquiryStep;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.NextStep;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.RegisterFilter;
import org.xiaoneng.inquiry.RegisterOrder;
import org.xiaoneng.inquiry.TimeLimits;
import org.xiaoneng.inquiry.Verification;
import org.xiaoneng.organization.DecisionLevel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 首问负责制 for integrations: register, the outcome paths, my lists, the register, complaints for supervisors, the
 * directory of external authorities and the units' time limits. The facade checks who may do what; no response but
 * the supervisors' identity call carries a complainant's identity.
 */
@RestController
@RequestMapping("/api/v1/inquiries")
@Tag(name = "Inquiries", description = "首问负责制: the first-inquiry register, complaints and reports")
@PreAuthorize("isAuthenticated()")
class InquiryApiController {

	private final InquiryRegister register;

	private final HandOverContacts handOvers;

	InquiryApiController(InquiryRegister register, HandOverContacts handOvers) {
		this.register = register;
		this.handOvers = handOvers;
	}

	/** A registration with the first outcome path: ANSWER, PROMISE, HANDOVER, ESCALATE, REFER or none. */
	record Registration(@NotNull NewInquiry inquiry, Path path) {
	}

	/** The outcome paths an integration can take (首问负责制, paths 1 to 4); none keeps the matter. */
	enum PathKind {
		ANSWER, PROMISE, HANDOVER, ESCALATE, REFER
	}

	/** An outcome path and its fields: the answer, the promised day, the post, the level, the authority, a note. */
	record Path(PathKind kind, String answer, LocalDate promisedBy, Long postId, DecisionLevel level, Long authorityId,
			String note) {

		NextStep step() {
			if (kind == null) {
				return new NextStep.Keep();
			}
			return switch (kind) {
				case ANSWER -> new NextStep.Answer(answer);
				case PROMISE -> new NextStep.Promise(promisedBy, note);
				case HANDOVER -> new NextStep.HandOver(postId, note);
				case ESCALATE -> new NextStep.Escalate(level, note);
				case REFER -> new NextStep.Refer(authorityId, note);
			};
		}
	}

	/**
	 * An inquiry with its deadline status and history; {@code handedTo} names the department it was last handed on to,
	 * with its room and phone, when that is not the first responder's own (else {@code null}).
	 */
	record Detail(RegisterEntry inquiry, DeadlineStatus deadlineStatus, List<InquiryStep> steps,
			HandOverContacts.HandOverContact handedTo) {
	}

	record Extension(int workingDays, String reason) {
	}

	record VerificationRequest(Verification verification, String findings, String reply) {
	}

	record AuthorityEntry(String name, String phone, String address, String competence) {
	}

	@Operation(summary = "Registers a contact the caller took first, with its first outcome path")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RegisterEntry create(@Valid @RequestBody Registration registration) {
		return register.register(registration.inquiry(),
				registration.path() == null ? new NextStep.Keep() : registration.path().step());
	}

	@Operation(summary = "The register within the caller's data scope (complaints and reports only for supervisors), a page at a time",
			description = "Sorted newest first, by deadline (soonest first) or by query code. Paged by keyset: pass the"
					+ " page's next (or previous) as cursor for the page after (or before); a cursor belongs to one sort.")
	@GetMapping
	KeysetPage<RegisterEntry> search(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) InquiryCategory category, @RequestParam(required = false) InquiryState state,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean buckPassing,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) RegisterOrder sort,
			@RequestParam(required = false) String cursor) {
		return register.register(new RegisterFilter(from, to, category, state, unit, text, buckPassing, overdue),
				sort, cursor);
	}

	@Operation(summary = "What the caller took first, a page at a time (cursor: the page's previous or next)")
	@GetMapping("/mine/taken-first")
	KeysetPage<RegisterEntry> takenFirst(@RequestParam(required = false) String cursor) {
		return register.takenFirst(cursor);
	}

	@Operation(summary = "What the caller must act on")
	@GetMapping("/mine/assigned")
	List<RegisterEntry> assigned() {
		return register.assignedToMe();
	}

	@Operation(summary = "What the caller took first and someone else holds or held (首问到底)")
	@GetMapping("/mine/following")
	KeysetPage<RegisterEntry> following(@RequestParam(required = false) String cursor) {
		return register.following(cursor);
	}

	@Operation(summary = "The open inquiries of a department")
	@GetMapping("/departments/{departmentId}")
	List<RegisterEntry> department(@PathVariable long departmentId) {
		return register.openOfDepartment(new DepartmentId(departmentId));
	}

	@Operation(summary = "An inquiry with its deadline status and history")
	@GetMapping("/{id}")
	Detail inquiry(@PathVariable long id) {
		RegisterEntry inquiry = register.inquiry(new InquiryId(id));
		List<InquiryStep> steps = register.stepsOf(new InquiryId(id));
		return new Detail(inquiry, register.deadlineStatus(inquiry), steps,
				handOvers.of(inquiry, steps).orElse(null));
	}

	@Operation(summary = "Takes an outcome path with the inquiry")
	@PostMapping("/{id}/path")
	RegisterEntry path(@PathVariable long id, @RequestBody Path path) {
		return register.take(new InquiryId(id), path.step());
	}

	@Operation(summary = "Acknowledges the inquiry")
	@PostMapping("/{id}/acknowledgement")
	RegisterEntry acknowledge(@PathVariable long id) {
		return register.acknowledge(new InquiryId(id));
	}

	@Operation(summary = "Takes over the callback a post owes")
	@PostMapping("/{id}/callback")
	RegisterEntry callback(@PathVariable long id) {
		return register.takeCallback(new InquiryId(id));
	}

	@Operation(summary = "Requests an extension (before the deadline)")
	@PostMapping("/{id}/extension")
	RegisterEntry requestExtension(@PathVariable long id, @RequestBody Extension extension) {
		return register.requestExtension(new InquiryId(id), extension.workingDays(), extension.reason());
	}

	@Operation(summary = "Approves the requested extension (head of the handling department, before the deadline)")
	@PostMapping("/{id}/extension/approval")
	RegisterEntry approveExtension(@PathVariable long id) {
		return register.approveExtension(new InquiryId(id));
	}

	@Operation(summary = "Complaints and reports (supervisors)")
	@GetMapping("/complaints")
	List<RegisterEntry> complaints(@RequestParam(defaultValue = "true") boolean open) {
		return register.complaintQueue(open);
	}

	@Operation(summary = "The identity of whoever made a complaint or report (supervisors; every call audited)")
	@GetMapping("/complaints/{id}/identity")
	Identity identity(@PathVariable long id) {
		return register.identityOf(new InquiryId(id));
	}

	@Operation(summary = "Verifies a complaint or report and answers it (supervisors)")
	@PostMapping("/complaints/{id}/verification")
	RegisterEntry verify(@PathVariable long id, @RequestBody VerificationRequest request) {
		return register.verify(new InquiryId(id), request.verification(), request.findings(), request.reply());
	}

	@Operation(summary = "Tells a real-name complainant of acceptance (supervisors)")
	@PostMapping("/complaints/{id}/acceptance")
	RegisterEntry acceptance(@PathVariable long id) {
		return register.notifyAcceptance(new InquiryId(id));
	}

	@Operation(summary = "The directory of external authorities")
	@GetMapping("/authorities")
	List<ExternalAuthority> authorities() {
		return register.authorities();
	}

	@Operation(summary = "Adds an external authority (administrators)")
	@PostMapping("/authorities")
	@ResponseStatus(HttpStatus.CREATED)
	ExternalAuthority addAuthority(@RequestBody AuthorityEntry entry) {
		return register.addAuthority(entry.name(), entry.phone(), entry.address(), entry.competence());
	}

	@Operation(summary = "Changes an external authority (administrators)")
	@PutMapping("/authorities/{id}")
	ExternalAuthority changeAuthority(@PathVariable long id, @RequestBody AuthorityEntry entry) {
		return register.changeAuthority(id, entry.name(), entry.phone(), entry.address(), entry.competence());
	}

	@Operation(summary = "A unit's time limits in working days")
	@GetMapping("/units/{unitId}/time-limits")
	TimeLimits timeLimits(@PathVariable long unitId) {
		return register.timeLimitsOf(new UnitId(unitId));
	}

	@Operation(summary = "Sets a unit's time limits (administrators; department heads for their unit)")
	@PutMapping("/units/{unitId}/time-limits")
	TimeLimits setTimeLimits(@PathVariable long unitId, @RequestBody TimeLimits limits) {
		return register.setTimeLimits(new UnitId(unitId), limits);
	}
}
