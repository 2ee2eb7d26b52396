package org.xiaoneng.refusal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.ExportTooLargeException;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.documents.Documents;

/**
 * The refusal register (否定报备登记册) within the caller's data scope: filtered, as an Excel workbook, and the month's
 * figures per department that leaders review (filings, the share beyond authority, the share overruled).
 */
@Component
class Register {

	private final Filings filings;

	private final Organization organization;

	private final Documents documents;

	private final MessageSource messages;

	private final Clock clock;

	Register(Filings filings, Organization organization, Documents documents, MessageSource messages, Clock clock) {
		this.filings = filings;
		this.organization = organization;
		this.documents = documents;
		this.messages = messages;
		this.clock = clock;
	}

	List<Refusal> register(RegisterFilter filter, DataScope scope) {
		Map<Long, String> names = new HashMap<>();
		return filings.register(filter, scope).stream().map(r -> r.deciderStaffId() == null ? r
				: r.withDeciderName(names.computeIfAbsent(r.deciderStaffId(), id -> organization.staffMember(new StaffId(id)).name())))
			.toList();
	}

	RegisterOptions options(DataScope scope) {
		Map<Long, String> units = new TreeMap<>();
		Map<Long, String> departments = new TreeMap<>();
		for (long[] pair : filings.unitsAndDepartments(scope)) {
			Unit unit = organization.unit(new UnitId(pair[0]));
			units.put(unit.id(), unit.name());
			departments.put(pair[1], unit.shortName() + " " + organization.department(new DepartmentId(pair[1])).name());
		}
		return new RegisterOptions(options(units), options(departments),
				filings.distinctNamed("item_id", "item_name", scope),
				filings.distinctNamed("handler_staff_id", "handler_name", scope));
	}

	private static List<RegisterOptions.Option> options(Map<Long, String> named) {
		return named.entrySet().stream().map(e -> new RegisterOptions.Option(e.getKey(), e.getValue())).toList();
	}

	byte[] workbook(RegisterFilter filter, Locale locale, DataScope scope) {
		List<String> headers = List.of("id", "filedOn", "case", "kind", "item", "applicant", "handler",
				"authority", "within", "state", "decision", "decidedBy", "due", "notice", "reasons", "basis")
			.stream()
			.map(column -> text("refusal.register.column." + column, locale))
			.toList();
		List<Refusal> filed = register(filter, scope);
		if (filed.size() > ExportTooLargeException.MOST_ROWS) {
			throw new ExportTooLargeException();
		}
		List<List<Object>> rows = filed.stream().map(r -> List.<Object>of(r.id().value(),
				r.filedAt().atZone(clock.getZone()).toLocalDate(), r.caseReference(),
				text("refusal.kind." + r.kind(), locale), r.itemName(), r.applicant().name(), r.handler().name(),
				text("refusal.authority." + r.requiredAuthority(), locale),
				text("refusal.within." + r.withinAuthority(), locale), text("refusal.state." + r.state(), locale),
				r.decision() == null ? "" : text("refusal.decision." + r.decision(), locale),
				r.decidedByName() == null ? "" : r.decidedByName(),
				r.decisionDue() == null ? "" : r.decisionDue(), r.noticeNumber() == null ? "" : r.noticeNumber(),
				r.reasons(), String.join("；", r.legalBasis().stream().map(b -> b.law() + b.article()).toList())))
			.toList();
		return documents.excel(text("refusal.register.sheet", locale), headers, rows);
	}

	List<DepartmentSummary> monthlySummary(YearMonth month, DataScope scope) {
		return filings.countsByDepartment(month.atDay(1), month.atEndOfMonth(), scope).stream().map(count -> {
			Unit unit = organization.unit(new UnitId(count.unitId()));
			String name = unit.shortName() + " " + organization.department(new DepartmentId(count.departmentId())).name();
			return new DepartmentSummary(count.unitId(), count.departmentId(), name, count.filings(), count.beyond(),
					count.overruled(), percent(count.beyond(), count.filings()),
					percent(count.overruled(), count.decided()));
		}).toList();
	}

	private static BigDecimal percent(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
