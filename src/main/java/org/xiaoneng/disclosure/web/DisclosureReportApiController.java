package org.xiaoneng.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

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
import org.xiaoneng.disclosure.AnnualReport;
import org.xiaoneng.disclosure.ChallengeKind;
import org.xiaoneng.disclosure.ChallengeOutcome;
import org.xiaoneng.disclosure.DisclosureReports;
import org.xiaoneng.disclosure.InformationRequestId;

/**
 * The annual report's tables (政府信息公开条例 第四十九条、第五十条) for integrations, as JSON or Excel, and the
 * reconsiderations and suits over requests that its last table counts.
 */
@RestController
@RequestMapping("/api/v1/disclosure")
@Tag(name = "Disclosure annual report", description = "政府信息公开工作年度报告: the tables of a unit's year")
class DisclosureReportApiController {

	/** The unit's editors, its leaders, supervisors and administrators: the report is the unit's as a whole. */
	static final String REPORT_READERS = "hasAnyRole('DISCLOSURE_EDITOR', 'LEADER', 'SUPERVISOR', 'ADMIN')";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final DisclosureReports reports;

	DisclosureReportApiController(DisclosureReports reports) {
		this.reports = reports;
	}

	/** A reconsideration or suit brought over a request, with its outcome so far. */
	record Challenge(ChallengeKind kind, LocalDate filedOn, ChallengeOutcome outcome) {
	}

	@GetMapping("/annual-report")
	@PreAuthorize(REPORT_READERS)
	@Operation(summary = "A unit's tables of the year; an editor's own unit when no unit is named")
	AnnualReport annualReport(@RequestParam int year, @RequestParam(required = false) Long unitId) {
		return unitId == null ? reports.myUnitAnnualReport(year) : reports.annualReport(unitId, year);
	}

	@GetMapping(value = "/annual-report.xlsx", produces = XLSX)
	@PreAuthorize(REPORT_READERS)
	@Operation(summary = "The tables as an Excel workbook, one row per cell")
	ResponseEntity<byte[]> annualReportWorkbook(@RequestParam int year, @RequestParam(required = false) Long unitId,
			Locale locale) {
		return workbook(reports, year, unitId, locale);
	}

	/** The workbook of a unit's year, or of the editor's unit when none is named, as a download. */
	static ResponseEntity<byte[]> workbook(DisclosureReports reports, int year, Long unitId, Locale locale) {
		AnnualReport report = unitId == null ? reports.myUnitAnnualReport(year) : reports.annualReport(unitId, year);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"disclosure-report-" + report.unitId() + "-" + year + ".xlsx\"")
			.body(reports.annualReportWorkbook(report, locale));
	}

	@PostMapping("/requests/{id}/challenges")
	@PreAuthorize(DisclosureApiController.EDITOR)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records a reconsideration or suit brought over the request (第五十一条); again, its outcome")
	Map<String, Long> recordChallenge(@PathVariable long id, @RequestBody Challenge challenge) {
		return Map.of("id", reports.recordChallenge(new InformationRequestId(id), challenge.kind(), challenge.filedOn(),
				challenge.outcome()));
	}
}
