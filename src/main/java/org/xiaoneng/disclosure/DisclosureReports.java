package org.xiaoneng.disclosure;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.xiaoneng.organization.Callers;

/**
 * The annual report on government information disclosure (政府信息公开条例 第四十九条、第五十条) for pages, the API and
 * Excel: a unit's tables of the year counted from its items and requests, and the reconsiderations and suits its
 * editors record over requests.
 */
@Service
public class DisclosureReports {

	private final Callers callers;

	private final AnnualReporting reporting;

	private final ChallengeRecording challenges;

	private final AnnualReportWorkbook workbook;

	DisclosureReports(Callers callers, AnnualReporting reporting, ChallengeRecording challenges,
			AnnualReportWorkbook workbook) {
		this.callers = callers;
		this.reporting = reporting;
		this.challenges = challenges;
		this.workbook = workbook;
	}

	/** The unit's tables for the year, for its editors and leaders, supervisors and administrators. */
	public AnnualReport annualReport(long unitId, int year) {
		return reporting.report(unitId, year, callers.current());
	}

	/** The tables of the editor's own unit. */
	public AnnualReport myUnitAnnualReport(int year) {
		var caller = callers.current();
		return reporting.report(DisclosureAccess.editor(caller).unitId(), year, caller);
	}

	/** The tables as an Excel workbook, one row per cell, labelled in the reader's language. */
	public byte[] annualReportWorkbook(AnnualReport report, Locale locale) {
		return workbook.xlsx(report, locale);
	}

	/**
	 * Records a reconsideration or suit brought over the request on the day, with its outcome so far; recorded again
	 * for the same kind and day, its outcome changes. Its id.
	 */
	public long recordChallenge(InformationRequestId id, ChallengeKind kind, LocalDate filedOn,
			ChallengeOutcome outcome) {
		return challenges.record(id.value(), kind, filedOn, outcome, callers.current());
	}
}
