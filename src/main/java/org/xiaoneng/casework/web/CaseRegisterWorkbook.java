package org.xiaoneng.casework.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.platform.documents.Documents;

/** The case register's workbook: the list's columns with their headers from the bundle, one typed row per case. */
@Component
class CaseRegisterWorkbook {

	private static final List<String> COLUMNS = List.of("caseNumber", "queryCode", "item", "applicant", "state",
			"step", "receivedOn", "acceptedOn", "deadline", "remaining", "deadlineStatus");

	private final Documents documents;

	private final MessageSource messages;

	CaseRegisterWorkbook(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	byte[] of(List<CaseSummary> cases, Locale locale) {
		List<String> headers = COLUMNS.stream().map(column -> text("casework.field." + column, locale)).toList();
		List<List<Object>> rows = cases.stream()
			.map(c -> Arrays.<Object>asList(c.caseNumber(), c.queryCode(), c.itemName(), c.applicantName(),
					text("casework.state." + c.state(), locale), c.currentStep(), c.receivedOn(), c.acceptedOn(),
					c.deadline(), c.remainingWorkingDays(),
					c.status() == null ? null : text("casework.status." + c.status(), locale)))
			.toList();
		return documents.excel(text("casework.page.register", locale), headers, rows);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
