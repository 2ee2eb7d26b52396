package org.xiaoneng.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.accountability.Accountability;
import org.xiaoneng.accountability.Aggravation;
import org.xiaoneng.accountability.CaseFilter;
import org.xiaoneng.accountability.CasePage;
import org.xiaoneng.accountability.CaseSource;
import org.xiaoneng.accountability.CaseState;
import org.xiaoneng.accountability.CaseView;
import org.xiaoneng.accountability.FailureType;
import org.xiaoneng.accountability.Sanction;
import org.xiaoneng.accountability.Severity;
import org.xiaoneng.accountability.YearStatistics;
import org.xiaoneng.inquiry.Identity;

/**
 * 失职追究制 for integrations: the case list with filters and paging, a case, the referral, the investigation, the
 * subject's statement, the decision and its notice, closing for force majeure, the register as Excel and the year's
 * statistics. The facades check who may do what; the complainant is a supervisor's alone.
 */
@RestController
@RequestMapping("/api/v1/accountability")
@Tag(name = "Accountability", description = "失职追究制: accountability cases, statements, decisions")
@PreAuthorize("isAuthenticated()")
class AccountabilityApiController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Accountability accountability;

	AccountabilityApiController(Accountability accountability) {
		this.accountability = accountability;
	}

	/** A referral (领导交办): a person, or a department when no person is named. */
	record ReferralRequest(Long staffId, Long departmentId, @NotNull FailureType failureType,
			@Size(max = 8000) String facts) {
	}

	/** The investigation's findings. */
	record InvestigationRequest(@NotNull FailureType failureType, @Size(max = 20) String conductCode,
			@NotNull Severity severity, Set<Aggravation> aggravations, @Size(max = 8000) String record,
			@Size(max = 8000) String evidence) {
	}

	/** The subject's statement (申辩). */
	record StatementRequest(@Size(max = 8000) String statement) {
	}

	/** The decision: the sanctions, the leader who took it and the reasons. */
	record DecisionRequest(Set<Sanction> sanctions, @NotNull Long deciderStaffId, @Size(max = 8000) String reason) {
	}

	/** Why a case closes without accountability (不可抗力). */
	record ExemptionRequest(@Size(max = 8000) String reason) {
	}

	@Operation(summary = "A page of the cases the caller may see, newest first, filtered; the next and previous pages "
			+ "by the cursor the page gives (an old page parameter is ignored: the first page)")
	@GetMapping("/cases")
	CasePage cases(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long departmentId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) FailureType failureType, @RequestParam(required = false) CaseSource source,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") int size) {
		return accountability.cases(new CaseFilter(state, unitId, departmentId, year, failureType, source, mine), cursor,
				size);
	}

	@Operation(summary = "Refers a person or department (领导交办): a leader within their departments, a supervisor")
	@PostMapping("/cases")
	@ResponseStatus(HttpStatus.CREATED)
	CaseView refer(@Valid @RequestBody ReferralRequest request) {
		return accountability.refer(request.staffId(), request.departmentId(), request.failureType(), request.facts());
	}

	@Operation(summary = "A case the caller may see")
	@GetMapping("/cases/{id}")
	CaseView kase(@PathVariable long id) {
		return accountability.kase(id);
	}

	@Operation(summary = "Records the investigation and asks the subject for a statement (supervisors)")
	@PostMapping("/cases/{id}/investigation")
	CaseView investigate(@PathVariable long id, @Valid @RequestBody InvestigationRequest request) {
		return accountability.investigate(id, request.failureType(), request.conductCode(), request.severity(),
				request.aggravations(), request.record(), request.evidence());
	}

	@Operation(summary = "The subject's statement (申辩), by its deadline")
	@PostMapping("/cases/{id}/statement")
	CaseView statement(@PathVariable long id, @Valid @RequestBody StatementRequest request) {
		return accountability.makeStatement(id, request.statement());
	}

	@Operation(summary = "Records the decision of the leader named, once the subject was heard (supervisors)")
	@PostMapping("/cases/{id}/decision")
	CaseView decide(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
		return accountability.decide(id, request.sanctions(), request.deciderStaffId(), request.reason());
	}

	@Operation(summary = "Closes the case without accountability for force majeure, with the reason (supervisors)")
	@PostMapping("/cases/{id}/exemption")
	CaseView exempt(@PathVariable long id, @Valid @RequestBody ExemptionRequest request) {
		return accountability.exempt(id, request.reason());
	}

	@Operation(summary = "Who made the complaint the case came from (supervisors; every reading audited)")
	@GetMapping("/cases/{id}/complainant")
	ResponseEntity<Identity> complainant(@PathVariable long id) {
		return accountability.complainant(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@Operation(summary = "The decision notice (效能问责决定书) as PDF")
	@GetMapping(value = "/cases/{id}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(accountability.notice(id));
	}

	@Operation(summary = "The register (问责台账) of the cases the caller may see, filtered, as an Excel workbook")
	@GetMapping("/register.xlsx")
	ResponseEntity<byte[]> register(@RequestParam(required = false) CaseState state,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) FailureType failureType,
			@RequestParam(required = false) CaseSource source) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"accountability-register.xlsx\"")
			.body(accountability.exportRegister(
					new CaseFilter(state, unitId, departmentId, year, failureType, source, false)));
	}

	@Operation(summary = "The year's cases per unit, failure type and sanction within the caller's scope")
	@GetMapping("/statistics")
	YearStatistics statistics(@RequestParam int year) {
		return accountability.statistics(year);
	}
}
