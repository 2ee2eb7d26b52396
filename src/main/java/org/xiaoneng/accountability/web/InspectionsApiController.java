package org.xiaoneng.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.accountability.Acknowledgement;
import org.xiaoneng.accountability.EvidenceDownload;
import org.xiaoneng.accountability.InspectionKind;
import org.xiaoneng.accountability.InspectionRow;
import org.xiaoneng.accountability.InspectionView;
import org.xiaoneng.accountability.Inspections;
import org.xiaoneng.common.StaffId;

/**
 * 明察暗访 for integrations (supervisors only): the year's inspections, an inspection, its findings, their evidence
 * (photos and PDFs, typed by their bytes), the person's signature or refusal, and opening a finding's case.
 */
@RestController
@RequestMapping("/api/v1/accountability/inspections")
@Tag(name = "Inspections", description = "明察暗访: inspections, findings, evidence, signatures")
@PreAuthorize("isAuthenticated()")
class InspectionsApiController {

	private final Inspections inspections;

	InspectionsApiController(Inspections inspections) {
		this.inspections = inspections;
	}

	/**
	 * An inspection made: planned or unannounced, the day, the unit, who inspected (staff ids, as the organisation's
	 * staff list gives them) and which windows.
	 */
	record InspectionRequest(InspectionKind kind, LocalDate visitedOn, long unitId, List<StaffId> inspectorIds,
			@Size(max = 8000) String visited) {
	}

	/** A finding about a person or, when the holder was not identified, a post, citing a conduct rule by code. */
	record FindingRequest(Long staffId, Long postId, @Size(max = 20) String conductCode,
			@Size(max = 8000) String description) {
	}

	/** The person's signature, or their refusal with its circumstances. */
	record SignatureRequest(Acknowledgement acknowledgement, @Size(max = 8000) String note) {
	}

	/** The case a finding opened. */
	record OpenedCase(long caseId) {
	}

	@Operation(summary = "The year's inspections, newest first")
	@GetMapping
	List<InspectionRow> ofYear(@RequestParam int year) {
		return inspections.ofYear(year);
	}

	@Operation(summary = "Records an inspection made on a day up to today")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InspectionView record(@Valid @RequestBody InspectionRequest request) {
		return inspections.record(request.kind(), request.visitedOn(), request.unitId(), request.inspectorIds(),
				request.visited());
	}

	@Operation(summary = "An inspection with its findings and evidence")
	@GetMapping("/{id}")
	InspectionView inspection(@PathVariable long id) {
		return inspections.inspection(id);
	}

	@Operation(summary = "Records a finding citing a conduct rule of the visited unit's list in force")
	@PostMapping("/{id}/findings")
	@ResponseStatus(HttpStatus.CREATED)
	InspectionView find(@PathVariable long id, @Valid @RequestBody FindingRequest request) {
		return inspections.find(id, request.staffId(), request.postId(), request.conductCode(), request.description());
	}

	@Operation(summary = "Adds evidence to a finding: a JPEG or PNG photo or a PDF, at most 10 MB")
	@PostMapping(value = "/findings/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	InspectionView attach(@PathVariable long id, @RequestParam MultipartFile file) throws IOException {
		return inspections.attach(id, file.getOriginalFilename(), file.getBytes());
	}

	@Operation(summary = "Records the person's signature or refusal to sign, once")
	@PostMapping("/findings/{id}/signature")
	InspectionView sign(@PathVariable long id, @Valid @RequestBody SignatureRequest request) {
		return inspections.sign(id, request.acknowledgement(), request.note());
	}

	@Operation(summary = "Opens the finding's accountability case, or returns the one it opened before")
	@PostMapping("/findings/{id}/case")
	OpenedCase openCase(@PathVariable long id) {
		return new OpenedCase(inspections.openCase(id));
	}

	@Operation(summary = "An evidence file as it was uploaded")
	@GetMapping("/evidence/{id}")
	ResponseEntity<byte[]> evidence(@PathVariable long id) {
		EvidenceDownload file = inspections.evidence(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}
}
