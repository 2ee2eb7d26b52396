package org.xiaoneng.casework.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.casework.CaseDetails;
import org.xiaoneng.casework.CaseDocument;
import org.xiaoneng.casework.CaseExtension;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseOrder;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.casework.CaseQuery;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.ExtensionDecision;
import org.xiaoneng.casework.FullIdentity;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.NewSubmission;
import org.xiaoneng.casework.PauseKind;
import org.xiaoneng.casework.RatingExchange;
import org.xiaoneng.casework.ReceivedMaterial;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.UnitId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 办件 for integrations and online applications: intake, one-time notice, acceptance, steps, pauses, extensions,
 * completion, delivery, withdrawal, documents as PDF. The facade checks who may act on a step or decide.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "办件: intake, one-time notice, acceptance, steps, clock, completion")
@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER', 'DEPT_HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN')")
class CaseApiController {

	private final Cases cases;

	private final CasePortal portal;

	CaseApiController(Cases cases, CasePortal portal) {
		this.cases = cases;
		this.portal = portal;
	}

	/** The problems a one-time notice lists, and the reason for a second notice. */
	record NoticeRequest(List<MaterialDefect> defects, String reason) {
	}

	/** Materials supplied. */
	record Materials(List<ReceivedMaterial> materials) {
	}

	/** A step's opinion. */
	record Opinion(String opinion) {
	}

	/** A pause of the clock. */
	record Suspension(PauseKind kind, String procedureName, String reason, Integer plannedDays) {
	}

	/** An extension request. */
	record ExtensionRequest(int workingDays, String reason) {
	}

	/** A leader's decision on an extension. */
	record Decision(ExtensionDecision decision, String note) {
	}

	/** A granted completion. */
	record Completion(String certificateName, String certificateNumber) {
	}

	/** A delivery. */
	record Delivery(DeliveryMethod method, LocalDate deliveredOn) {
	}

	/** A note, e.g. on a withdrawal. */
	record Note(String reason) {
	}

	@Operation(summary = "Registers a submission (接件); a repeated Idempotency-Key returns the first case")
	@PostMapping
	@PreAuthorize("hasAnyRole('WINDOW_CLERK', 'HANDLER')")
	CaseFile submit(@RequestBody NewSubmission submission,
			@Parameter(description = "Makes retries and double clicks create one case")
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Authentication caller) {
		return cases.submit(submission, key == null || key.isBlank() ? null : caller.getName() + ":" + key.strip());
	}

	@Operation(summary = "One page of the cases in the caller's data scope that match the filters",
			description = "Sorted by deadline (fewest working days left first), by acceptance day (latest first) or by"
					+ " case number; cases not yet accepted come last in each. Paged by keyset: pass the page's next"
					+ " (or previous) as cursor for the page after (or before); size at most 200; total counts the page"
					+ " only (totalExact false when there is more).")
	@ApiResponse(responseCode = "400", description = "A cursor not given out by this list in this sort")
	@GetMapping
	KeysetPage<CaseSummary> search(@RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) String queryCode,
			@Parameter(description = "Three characters or more match any part of the applicant's name or organisation;"
					+ " one or two characters match names that start with them")
			@RequestParam(required = false) String applicantName, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) Long itemId, @RequestParam(required = false) CaseState state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
			@RequestParam(required = false) CaseQuery.CaseList list, @RequestParam(required = false) CaseOrder sort,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
		return cases.search(new CaseQuery(caseNumber, queryCode, applicantName, idNumber, itemId, state, receivedFrom,
				receivedTo, list), sort, cursor, size);
	}

	@Operation(summary = "A unit's ratings for the 好差评 exchange, levels coded as GB/T 39046 (1 非常满意 … 5 非常不满意)")
	@GetMapping("/ratings/exchange")
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
	List<RatingExchange> ratings(@RequestParam long unitId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return portal.ratingsForExchange(new UnitId(unitId), from, to);
	}

	@Operation(summary = "A case with its steps, pauses, extensions, documents and deadline explanation")
	@GetMapping("/{id}")
	CaseDetails details(@PathVariable long id) {
		return cases.details(id);
	}

	@Operation(summary = "The applicant's identity in full (audited)")
	@GetMapping("/{id}/identity")
	FullIdentity identity(@PathVariable long id) {
		return cases.fullIdentity(id);
	}

	@Operation(summary = "Issues the one-time notice (一次性告知书) listing every missing or irregular material")
	@PostMapping("/{id}/correction-notices")
	CaseDocument notice(@PathVariable long id, @RequestBody NoticeRequest request) {
		return cases.issueCorrectionNotice(id, request.defects(), request.reason());
	}

	@Operation(summary = "Registers the materials supplied after a notice")
	@PostMapping("/{id}/corrections")
	CaseFile corrected(@PathVariable long id, @RequestBody Materials materials) {
		return cases.supplyCorrection(id, materials.materials());
	}

	@Operation(summary = "Accepts the case: number, deadline, first step, receipt")
	@PostMapping("/{id}/acceptance")
	CaseFile accept(@PathVariable long id) {
		return cases.accept(id);
	}

	@Operation(summary = "Signs for (签收) a step handed over from another department")
	@PostMapping("/{id}/steps/{number}/signature")
	CaseDetails sign(@PathVariable long id, @PathVariable int number) {
		cases.signStep(id, number);
		return cases.details(id);
	}

	@Operation(summary = "Completes a step with its opinion; the next step goes to whoever acts for its post")
	@PostMapping("/{id}/steps/{number}/completion")
	CaseDetails completeStep(@PathVariable long id, @PathVariable int number, @RequestBody Opinion opinion) {
		cases.completeStep(id, number, opinion.opinion());
		return cases.details(id);
	}

	@Operation(summary = "Pauses the clock (补正 or a special procedure of 行政许可法 art. 45)")
	@PostMapping("/{id}/suspension")
	CaseDocument suspend(@PathVariable long id, @RequestBody Suspension suspension) {
		return cases.suspend(id, suspension.kind(), suspension.procedureName(), suspension.reason(),
				suspension.plannedDays());
	}

	@Operation(summary = "Resumes the clock")
	@PostMapping("/{id}/resumption")
	CaseFile resume(@PathVariable long id) {
		return cases.resume(id);
	}

	@Operation(summary = "Requests an extension (延期) before the deadline")
	@PostMapping("/{id}/extensions")
	CaseExtension requestExtension(@PathVariable long id, @RequestBody ExtensionRequest request) {
		return cases.requestExtension(id, request.workingDays(), request.reason());
	}

	@Operation(summary = "The leader with authority approves or rejects an extension")
	@PostMapping("/extensions/{extensionId}/decision")
	CaseExtension decide(@PathVariable long extensionId, @RequestBody Decision decision) {
		return cases.decideExtension(extensionId, decision.decision(), decision.note());
	}

	@Operation(summary = "Completes the case granted (准予); refusals only through the refusal filing")
	@PostMapping("/{id}/completion")
	CaseFile complete(@PathVariable long id, @RequestBody Completion completion) {
		return cases.complete(id, completion.certificateName(), completion.certificateNumber());
	}

	@Operation(summary = "Records delivery (送达)")
	@PostMapping("/{id}/delivery")
	CaseFile deliver(@PathVariable long id, @RequestBody Delivery delivery) {
		return cases.deliver(id, delivery.method(), delivery.deliveredOn());
	}

	@Operation(summary = "Records the applicant's withdrawal (撤回)")
	@PostMapping("/{id}/withdrawal")
	CaseFile withdraw(@PathVariable long id, @RequestBody Note note) {
		return cases.withdraw(id, note.reason());
	}

	@Operation(summary = "A document of the case as its stored PDF")
	@GetMapping(value = "/{id}/documents/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		return pdf(cases.document(id, documentId));
	}

	static ResponseEntity<byte[]> pdf(Cases.StoredPdf pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(pdf.number() + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(pdf.pdf());
	}
}
