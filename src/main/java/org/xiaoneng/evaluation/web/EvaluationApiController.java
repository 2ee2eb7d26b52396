package org.xiaoneng.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

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
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.evaluation.Evidence;
import org.xiaoneng.evaluation.EvaluationResults;
import org.xiaoneng.evaluation.Grade;
import org.xiaoneng.evaluation.GradeScale;
import org.xiaoneng.evaluation.Indicator;
import org.xiaoneng.evaluation.ObjectType;
import org.xiaoneng.evaluation.PerformanceEvaluation;
import org.xiaoneng.evaluation.ResultView;
import org.xiaoneng.evaluation.SchemeView;

/**
 * 绩效考评制 for integrations: the year's schemes (drafted by the evaluation team, the source text's default or its
 * own), the year's start, scores entered, the computation and publication, the lists and their Excel export, one
 * result with its evidence, signing and disputing one's own, and the team's review. The facades check who may do what.
 */
@RestController
@RequestMapping("/api/v1/evaluation")
@Tag(name = "Evaluation", description = "绩效考评制: schemes, computed indicators, results, grades and the 优秀 quota")
@PreAuthorize("isAuthenticated()")
class EvaluationApiController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PerformanceEvaluation evaluation;

	private final EvaluationResults results;

	EvaluationApiController(PerformanceEvaluation evaluation, EvaluationResults results) {
		this.evaluation = evaluation;
		this.results = results;
	}

	/** A scheme's tree for a year, kind of object and grade scale. */
	record SchemeRequest(int year, @NotNull ObjectType objectType, @NotNull GradeScale scale,
			@NotNull @Size(max = 20) List<Indicator> dimensions) {
	}

	/** The source text's default scheme, 廉 as a fifth dimension for staff if asked. */
	record DefaultSchemeRequest(int year, @NotNull ObjectType objectType, @NotNull GradeScale scale,
			boolean withIntegrity) {
	}

	/** One indicator's score of a department or staff member. */
	record ScoreRequest(@NotNull ObjectType objectType, long objectId, @NotNull @Size(max = 20) String indicatorCode,
			double score) {
	}

	/** A dispute's reasons, a team's answer, an organisation check's findings. */
	record TextRequest(@Size(max = 4000) String text, Grade grade) {
	}

	/** A grade set by the evaluation team. */
	record GradeRequest(Grade grade) {
	}

	@Operation(summary = "The latest version of each of the year's schemes")
	@GetMapping("/schemes")
	List<SchemeView> schemes(@RequestParam int year) {
		return evaluation.schemes(year);
	}

	@Operation(summary = "One version of a scheme")
	@GetMapping("/schemes/{id}")
	SchemeView scheme(@PathVariable long id) {
		return evaluation.scheme(id);
	}

	@Operation(summary = "Drafts a scheme or its next version (evaluation team); weights of each level sum to 100")
	@PostMapping("/schemes")
	@ResponseStatus(HttpStatus.CREATED)
	SchemeView draft(@Valid @RequestBody SchemeRequest request) {
		return evaluation.draftScheme(request.year(), request.objectType(), request.scale(), request.dimensions());
	}

	@Operation(summary = "Drafts the source text's default scheme (rule 八 (三)) or its next version (evaluation team)")
	@PostMapping("/schemes/default")
	@ResponseStatus(HttpStatus.CREATED)
	SchemeView draftDefault(@Valid @RequestBody DefaultSchemeRequest request) {
		return evaluation.draftDefaultScheme(request.year(), request.objectType(), request.scale(),
				request.withIntegrity());
	}

	@Operation(summary = "Starts the year's evaluation: its latest schemes are frozen (evaluation team)")
	@PostMapping("/years/{year}/start")
	List<SchemeView> start(@PathVariable int year) {
		return evaluation.startYear(year);
	}

	@Operation(summary = "Enters a leader's score (分管领导评议) or the team's (年终考核, 定性考评)")
	@PostMapping("/years/{year}/scores")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void score(@PathVariable int year, @Valid @RequestBody ScoreRequest request) {
		evaluation.enterScore(year, request.objectType(), request.objectId(), request.indicatorCode(),
				request.score());
	}

	@Operation(summary = "Computes, ranks and grades the year under the 优秀 quota (evaluation team)")
	@PostMapping("/years/{year}/computation")
	int compute(@PathVariable int year) {
		return evaluation.compute(year);
	}

	@Operation(summary = "Recomputes one staff member's result of the year alone, until published (evaluation team)")
	@PostMapping("/years/{year}/staff/{staffId}/computation")
	ResultView computeStaff(@PathVariable int year, @PathVariable long staffId) {
		return evaluation.computeStaff(year, new StaffId(staffId));
	}

	@Operation(summary = "Publishes the year's results for objections, at least 5 working days (evaluation team)")
	@PostMapping("/years/{year}/publication")
	int publish(@PathVariable int year) {
		return evaluation.publish(year);
	}

	@Operation(summary = "The year's results of a kind that the caller may read, by unit and best first")
	@GetMapping("/years/{year}/results")
	List<ResultView> results(@PathVariable int year, @RequestParam ObjectType type) {
		return evaluation.results(year, type);
	}

	@Operation(summary = "The year's results as an Excel workbook for the personnel office")
	@GetMapping("/years/{year}/results.xlsx")
	ResponseEntity<byte[]> export(@PathVariable int year, @RequestParam ObjectType type) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation-" + year + ".xlsx\"")
			.body(evaluation.export(year, type));
	}

	@Operation(summary = "The evaluation team's open work: disputes to answer, failing departments to check")
	@GetMapping("/years/{year}/open")
	List<ResultView> open(@PathVariable int year) {
		return evaluation.openForTeam(year);
	}

	@Operation(summary = "The caller's own result of the year; 204 when none was computed")
	@GetMapping("/years/{year}/mine")
	ResponseEntity<ResultView> mine(@PathVariable int year) {
		return results.mine(year).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@Operation(summary = "The principal leader approves 25 % 优秀 for the unit's staff of the year")
	@PostMapping("/years/{year}/units/{unitId}/wider-quota")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void widerQuota(@PathVariable int year, @PathVariable long unitId) {
		results.approveWiderQuota(year, new UnitId(unitId));
	}

	@Operation(summary = "A result the caller may read")
	@GetMapping("/results/{id}")
	ResultView result(@PathVariable long id) {
		return results.result(id);
	}

	@Operation(summary = "The cases, cards and decisions behind a result's computed figures, each with its page")
	@GetMapping("/results/{id}/evidence")
	List<Evidence> evidence(@PathVariable long id) {
		return results.evidence(id);
	}

	@Operation(summary = "The person signs their published result")
	@PostMapping("/results/{id}/signature")
	ResultView sign(@PathVariable long id) {
		return results.sign(id);
	}

	@Operation(summary = "The person disputes their published result with reasons; it goes to the evaluation team")
	@PostMapping("/results/{id}/dispute")
	ResultView dispute(@PathVariable long id, @Valid @RequestBody TextRequest request) {
		return results.dispute(id, request.text());
	}

	@Operation(summary = "The evaluation team sets a computed result's grade; a further 优秀 only within the quota")
	@PostMapping("/results/{id}/grade")
	ResultView regrade(@PathVariable long id, @RequestBody GradeRequest request) {
		return results.regrade(id, request.grade());
	}

	@Operation(summary = "The evaluation team answers a dispute, with a changed grade where it was well founded")
	@PostMapping("/results/{id}/dispute-answer")
	ResultView answer(@PathVariable long id, @Valid @RequestBody TextRequest request) {
		return results.answerDispute(id, request.text(), request.grade());
	}

	@Operation(summary = "The evaluation team records a failing department's organisation check (组织核查)")
	@PostMapping("/results/{id}/organisation-check")
	ResultView check(@PathVariable long id, @Valid @RequestBody TextRequest request) {
		return results.recordCheck(id, request.text());
	}

	@Operation(summary = "The evaluation team makes a result final once its objections are over")
	@PostMapping("/results/{id}/final")
	ResultView finalise(@PathVariable long id) {
		return results.finalise(id);
	}
}
