package org.xiaoneng.supervision.cockpit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.platform.documents.Documents;

/** Every cockpit table as an Excel workbook, for the same callers and scope as the page that shows it. */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'SUPERVISOR', 'ADMIN')")
class CockpitExport {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Cockpit cockpit;

	private final Documents documents;

	private final MessageSource messages;

	CockpitExport(Cockpit cockpit, Documents documents, MessageSource messages) {
		this.cockpit = cockpit;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/supervision/cockpit/export")
	ResponseEntity<byte[]> export(@RequestParam CockpitTable table, @RequestParam(required = false) Long unit,
			Locale locale) {
		List<String> columns = switch (table) {
			case DEPARTMENTS -> List.of("department", "completed", "onTimeRate", "onTimeStatutoryRate", "rated",
					"satisfactionRate", "warnings", "yellowCards", "redCards");
			case RULES -> List.of("rule", "colour", "cards");
			case TREND -> List.of("month", "received", "completed", "onTimeRate", "onTimeStatutoryRate", "averageDaysUsed",
					"averageDaysPromised", "rated", "satisfactionRate", "dissatisfied", "complaints");
			case RANKING, WINDOWS -> List.of("place", "department", "completed", "onTimeRate", "rated",
					"satisfactionRate", "cards");
		};
		List<List<?>> rows = new ArrayList<>();
		switch (table) {
			case DEPARTMENTS -> cockpit.figures(unit)
				.departments()
				.forEach(d -> rows.add(List.of(d.name(), d.completed(), rate(d.onTimeRate()),
						rate(d.onTimeStatutoryRate()), d.rated(),
						rate(d.satisfactionRate()), d.warnings(), d.yellowCards(), d.redCards())));
			case RULES -> cockpit.figures(unit)
				.rules()
				.forEach(r -> rows.add(List.of(text("supervision.rule." + r.ruleCode() + ".name", locale),
						text("supervision.cockpit.colour." + r.colour(), locale), r.cards())));
			case TREND -> cockpit.figures(unit)
				.trend()
				.forEach(m -> rows.add(List.of(m.month().toString(), m.received(), m.completed(), rate(m.onTimeRate()),
						rate(m.onTimeStatutoryRate()), rate(m.averageDaysUsed()), rate(m.averageDaysPromised()), m.rated(), rate(m.satisfactionRate()),
						m.dissatisfied(), m.complaints())));
			case RANKING, WINDOWS -> {
				Cockpit.Rankings rankings = cockpit.rankings(unit, cockpit.thisMonth());
				(table == CockpitTable.RANKING ? rankings.departments() : rankings.windows())
					.forEach(s -> rows.add(List.of(s.place(), s.name(), s.completed(), rate(s.onTimeRate()), s.rated(),
							rate(s.satisfactionRate()), s.cards())));
			}
		}
		String title = text("supervision.cockpit.table." + table, locale);
		byte[] workbook = documents.excel(title,
				columns.stream().map(column -> text("supervision.cockpit.column." + column, locale)).toList(), rows);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("cockpit-" + table.name().toLowerCase(Locale.ROOT) + ".xlsx")
				.build()
				.toString())
			.body(workbook);
	}

	// An empty cell, not a zero, where there was nothing to count.
	private static Object rate(Double value) {
		return value == null ? "" : value;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
