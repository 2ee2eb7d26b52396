package org.xiaoneng.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.platform.documents.Documents;

/**
 * The annual report's tables as an Excel workbook: one row per cell of the tables (table, row, column, number), so
 * that a report office can pivot or paste them into its own layout; labels in the reader's language.
 */
@Component
class AnnualReportWorkbook {

	private final Documents documents;

	private final MessageSource messages;

	AnnualReportWorkbook(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	byte[] xlsx(AnnualReport report, Locale locale) {
		List<List<?>> rows = new ArrayList<>();
		String published = text("disclosure.report.table.published", locale);
		for (AnnualReport.PublishedRow row : report.published()) {
			String category = text("disclosure.category." + row.category(), locale);
			rows.add(List.of(published, category, text("disclosure.report.column.published", locale), row.published()));
			rows.add(List.of(published, category, text("disclosure.report.column.withdrawn", locale), row.withdrawn()));
			rows.add(List.of(published, category, text("disclosure.report.column.inForce", locale), row.inForce()));
		}
		String requests = text("disclosure.report.table.requests", locale);
		for (AnnualReport.RequestRow row : report.requests()) {
			String label = text("disclosure.report.row." + row.row(), locale);
			rows.add(List.of(requests, label, text("disclosure.applicantKind.CITIZEN", locale), row.citizens()));
			rows.add(List.of(requests, label, text("disclosure.applicantKind.ORGANIZATION", locale),
					row.organizations()));
			rows.add(List.of(requests, label, text("disclosure.report.column.total", locale), row.total()));
		}
		String challenges = text("disclosure.report.table.challenges", locale);
		for (AnnualReport.ChallengeRow row : report.challenges()) {
			String label = text("disclosure.report.challenge." + row.kind(), locale);
			rows.add(List.of(challenges, label, text("disclosure.challengeOutcome.UPHELD", locale), row.upheld()));
			rows.add(List.of(challenges, label, text("disclosure.challengeOutcome.CORRECTED", locale), row.corrected()));
			rows.add(List.of(challenges, label, text("disclosure.challengeOutcome.OTHER", locale), row.other()));
			rows.add(List.of(challenges, label, text("disclosure.challengeOutcome.PENDING", locale), row.pending()));
			rows.add(List.of(challenges, label, text("disclosure.report.column.total", locale), row.total()));
		}
		return documents.excel(report.unitName() + " " + report.year(),
				List.of(text("disclosure.report.column.table", locale), text("disclosure.report.column.row", locale),
						text("disclosure.report.column.column", locale), text("disclosure.report.column.number", locale)),
				rows);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
