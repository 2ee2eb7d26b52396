package org.xiaoneng.refusal.web;

import static org.xiaoneng.refusal.web.PathIds.refusalId;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.refusal.CollectiveDecision;
import org.xiaoneng.refusal.Decision;
import org.xiaoneng.refusal.DepartmentSummary;
import org.xiaoneng.refusal.FilingDraft;
import org.xiaoneng.refusal.MaterialReturn;
import org.xiaoneng.refusal.NewMaterialReturn;
import org.xiaoneng.refusal.NewRefusal;
import org.xiaoneng.refusal.PendingDecision;
import org.xiaoneng.refusal.Refusal;
import org.xiaoneng.refusal.RefusalNotFoundException;
import org.xiaoneng.refusal.Refusals;
import org.xiaoneng.refusal.SignatureKind;

/**
 * 否定报备 for integrations: filing a refusal, the leader's decision, the collective decision, the review, the return of
 * materials, the decision queue, the register and its monthly summary. The facade checks who may do what.
 */
@RestController
@RequestMapping("/api/v1/refusals")
@Tag(name = "Refusals", description = "否定报备: refusal filings, leader decisions, notices, return of materials, register")
@PreAuthorize("isAuthenticated()")
class RefusalApiController {

	private final Refusals refusals;

	private final Clock clock;

	RefusalApiController(Refusals refusals, Clock clock) {
		this.refusals = refusals;
		this.clock = clock;
	}

	/** The leader's decision: agreed, or disagreed with an instruction. */
	record DecisionRequest(@NotNull Decision decision, @Size(max = 2000) String opinion) {
	}

	/** A review: whether the refusal was wrong, and what was found. */
	record ReviewRequest(boolean wrong, @Size(max = 2000) String finding) {
	}

	/** A return of materials; the signature is a PNG or JPEG (or a scanned PDF slip), base64-encoded. */
	record MaterialReturnRequest(@Size(min = 1, max = 100) List<@Size(max = 200) String> materials,
			@Size(max = 100) String collectorName, @Size(max = 40) String collectorIdNumber,
			@NotNull SignatureKind signatureKind, byte[] signature) {
	}

	@Operation(summary = "The filing form of a case, or of a first-inquiry matter without one (exactly one of caseId "
			+ "and inquiryId): applicant, the item's legal basis and materials, who would decide")
	@GetMapping("/drafts")
	FilingDraft draft(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long inquiryId) {
		return refusals.draft(caseId, inquiryId);
	}

	@Operation(summary = "Files a refusal (否定报备): within authority it takes effect, beyond it goes to the leader")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Refusal file(@Valid @RequestBody NewRefusal request) {
		return refusals.file(request);
	}

	@Operation(summary = "The refusal register (否定报备登记册), filtered; the caller's data scope applies")
	@GetMapping
	List<Refusal> register(@ParameterObject @ModelAttribute RegisterQuery query) {
		return refusals.register(query.filter());
	}

	@Operation(summary = "The register as an Excel workbook")
	@GetMapping(value = "/register.xlsx")
	ResponseEntity<byte[]> registerWorkbook(@ParameterObject @ModelAttribute RegisterQuery query, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"refusal-register.xlsx\"")
			.body(refusals.registerWorkbook(query.filter(), locale));
	}

	@Operation(summary = "A month's figures per department: filings, share beyond authority, share overruled")
	@GetMapping("/summary")
	List<DepartmentSummary> summary(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return refusals.monthlySummary(month == null ? YearMonth.now(clock) : month);
	}

	@Operation(summary = "The caller's decision queue, soonest due first")
	@GetMapping("/queue")
	List<PendingDecision> queue() {
		return refusals.decisionQueue();
	}

	@GetMapping("/{id}")
	Refusal refusal(@PathVariable long id) {
		return refusals.visibleOrMine(refusalId(id));
	}

	@Operation(summary = "The leader with authority (or acting for them) agrees, or disagrees with an instruction")
	@PostMapping("/{id}/decision")
	Refusal decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return refusals.decide(refusalId(id), request.decision(), request.opinion());
	}

	@Operation(summary = "Records the collective decision on a major matter: participants and date")
	@PostMapping("/{id}/collective-decision")
	Refusal decideCollectively(@PathVariable long id, @Valid @RequestBody CollectiveDecision request) {
		return refusals.decideCollectively(refusalId(id), request);
	}

	@Operation(summary = "A leader or supervisor reviews a refusal in effect; wrong reopens the case")
	@PostMapping("/{id}/review")
	Refusal review(@PathVariable long id, @Valid @RequestBody ReviewRequest request) {
		return refusals.review(refusalId(id), request.wrong(), request.finding());
	}

	@Operation(summary = "Returns materials against the collector's ID number and signature")
	@PostMapping("/{id}/material-return")
	@ResponseStatus(HttpStatus.CREATED)
	MaterialReturn returnMaterials(@PathVariable long id, @Valid @RequestBody MaterialReturnRequest request) {
		return refusals.returnMaterials(refusalId(id), new NewMaterialReturn(request.materials(), request.collectorName(),
				request.collectorIdNumber(), request.signatureKind(), request.signature()));
	}

	@Operation(summary = "The return of materials of a filing")
	@GetMapping("/{id}/material-return")
	MaterialReturn materialReturn(@PathVariable long id) {
		refusals.visibleOrMine(refusalId(id));
		return refusals.materialReturnOf(refusalId(id)).orElseThrow(() -> new RefusalNotFoundException(id));
	}

	@Operation(summary = "The notice (不予受理通知书 / 不予许可决定书) as PDF")
	@GetMapping(value = "/{id}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		return refusals.noticePdf(refusalId(id))
			.map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf))
			.orElseThrow(() -> new RefusalNotFoundException(id));
	}
}
