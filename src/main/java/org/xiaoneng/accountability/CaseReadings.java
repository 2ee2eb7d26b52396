package org.xiaoneng.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.Keyset;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.inquiry.Identity;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.DataScope;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.documents.Documents;

/**
 * The case lists, the register and its export, and the year's statistics: the caller's scope applied in SQL, so that
 * paging and counts cover only what the caller may see. Nothing read here names whoever complained; the source's id
 * is given to supervisors only.
 */
@Component
class CaseReadings {

	static final int MAX_PAGE_SIZE = 100;

	/** The register's export holds at most this many rows, newest first; a wider one is narrowed by its filters. */
	static final int MAX_EXPORT_ROWS = 10_000;

	private final JdbcClient jdbc;

	private final Organization organization;

	private final ConductRulebook conduct;

	private final DecisionNotices notices;

	private final Hearing hearing;

	private final Documents documents;

	private final MessageSource messages;

	private final Complainants complainants;

	CaseReadings(JdbcClient jdbc, Organization organization, ConductRulebook conduct, DecisionNotices notices,
			Hearing hearing, Documents documents, MessageSource messages, Complainants complainants) {
		this.complainants = complainants;
		this.jdbc = jdbc;
		this.organization = organization;
		this.conduct = conduct;
		this.notices = notices;
		this.hearing = hearing;
		this.documents = documents;
		this.messages = messages;
	}

	/** The lists' order: newest opened first, the latest id first among cases opened at one instant. */
	private static final Keyset.Order NEWEST = Keyset.Order.descending("opened", "c.id",
			new Keyset.Column("c.opened_at", Keyset.Type.INSTANT));

	/**
	 * A page of the cases the caller may see, after or before the cursor's case (the first page when {@code null});
	 * the page reads at most one case more than it shows, and counts no further.
	 */
	CasePage page(Caller caller, CaseFilter filter, String cursor, int size) {
		Keyset keyset = Keyset.at(cursor, NEWEST, Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
		Map<String, Object> params = new HashMap<>();
		String fromAndWhere = "from accountability.accountability_case c where " + where(caller, filter, params);
		params.putAll(keyset.parameters());
		List<AccountabilityCase> cases = jdbc.sql("select " + AccountabilityCases.COLUMNS + " " + fromAndWhere + " and "
				+ keyset.condition() + keyset.orderAndLimit())
			.params(params)
			.query(AccountabilityCases::kase)
			.list();
		KeysetPage<AccountabilityCase> page = keyset.page(cases, kase -> List.of(kase.openedAt()),
				AccountabilityCase::idOrNull);
		return new CasePage(rows(page.rows()), page.previous(), page.next(), page.total(), page.totalExact());
	}

	/** The case as the caller sees it; the caller's right to see it is checked by the caller of this method. */
	CaseView view(Caller caller, AccountabilityCase kase) {
		CaseRow row = rows(List.of(kase)).get(0);
		boolean supervisor = AccountabilityAccess.supervises(caller);
		AccountabilityCase.Findings f = kase.findings();
		AccountabilityCase.Decision d = kase.decision();
		ConductCitation cited = kase.cited();
		String conductText = cited == null ? null : conduct.wording(cited).orElse(null);
		boolean mayState = kase.state() == CaseState.AWAITING_STATEMENT && caller.staffId() != null
				&& caller.staffId().equals(hearing.respondentOf(kase.subject()));
		return new CaseView(row, supervisor ? kase.sourceId() : null, kase.sourceLabel(),
				kase.source().linkFor(kase.sourceId(), supervisor), kase.subject().departmentId(),
				kase.subject().staffId(), kase.facts(), cited == null ? null : cited.code(), conductText,
				f == null ? null : f.record(), f == null ? null : f.evidence(), kase.repeatInYear(),
				f == null ? Set.of() : f.aggravations(), kase.statementDue(), kase.statement(), kase.statedAt(),
				d == null ? null : organization.staffMember(new StaffId(d.deciderStaffId())).name(), d == null ? null : d.reason(),
				d == null ? null : d.effects().notEligibleForExcellent(),
				d == null ? null : d.effects().bonusDeductionPercent(), kase.closingReason(),
				notices.of(kase.idOrNull()).map(DecisionNotices.StoredNotice::number).orElse(null), mayState,
				supervisor);
	}

	/** The decision notice's PDF, as it was issued. */
	Optional<byte[]> notice(long caseId) {
		return notices.of(caseId).map(DecisionNotices.StoredNotice::pdf);
	}

	/** Who complained, for a supervisor (audited); empty for a case from another source. */
	Optional<Identity> complainant(Caller caller, long caseId) {
		return complainants.of(caller, caseId);
	}

	/** The register (问责台账) as an .xlsx workbook: the filtered list, newest first, in the reader's language. */
	byte[] export(Caller caller, CaseFilter filter) {
		Map<String, Object> params = new HashMap<>();
		String where = where(caller, filter, params);
		params.put("limit", MAX_EXPORT_ROWS);
		List<AccountabilityCase> cases = jdbc.sql("select " + AccountabilityCases.COLUMNS
				+ " from accountability.accountability_case c where " + where
				+ " order by c.opened_at desc, c.id desc limit :limit")
			.params(params)
			.query(AccountabilityCases::kase)
			.list();
		List<String> headers = List.of("id", "year", "unit", "department", "subject", "source", "failureType", "severity",
				"aggravated", "state", "sanctions", "decidedOn").stream()
			.map(column -> text("accountability.register.column." + column))
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		for (CaseRow row : rows(cases)) {
			List<Object> cells = new ArrayList<>();
			cells.add(row.id());
			cells.add(row.year());
			cells.add(row.unitName());
			cells.add(row.departmentName());
			cells.add(row.subjectName());
			cells.add(label(row.source()));
			cells.add(row.failureText());
			cells.add(row.severity() == null ? null : label(row.severity()));
			cells.add(row.aggravated());
			cells.add(label(row.state()));
			cells.add(row.sanctions().stream().map(this::label).collect(Collectors.joining("、")));
			cells.add(row.decidedOn());
			rows.add(cells);
		}
		return documents.excel(text("accountability.register.title"), headers, rows);
	}

	/**
	 * The year's 通报批评 as the staff home page publishes them, newest first: those of the caller's own unit, or the
	 * region's for a reader of the whole region.
	 */
	List<PublicCriticism> publicCriticisms(Caller caller, int year) {
		Long unitId = caller.staff().map(staff -> staff.unitId()).orElse(null);
		if (unitId == null && !caller.scope().wholeRegion()) {
			return List.of();
		}
		List<AccountabilityCase> cases = jdbc.sql("select " + AccountabilityCases.COLUMNS
				+ " from accountability.accountability_case c where c.state = 'DECIDED' and c.year = :year"
				+ " and ',' || c.sanctions || ',' like '%,PUBLIC_CRITICISM,%'"
				+ " and (cast(:unit as bigint) is null or c.unit_id = :unit) order by c.decided_on desc, c.id desc limit 20")
			.param("year", year)
			.param("unit", caller.scope().wholeRegion() ? null : unitId)
			.query(AccountabilityCases::kase)
			.list();
		return rows(cases).stream()
			.map(row -> new PublicCriticism(row.id(), row.unitName(), row.departmentName(), row.subjectName(),
					row.failureText(), row.decidedOn()))
			.toList();
	}

	/** The year's cases per unit, failure type and sanction within the caller's scope. */
	YearStatistics statistics(Caller caller, int year) {
		Map<String, Object> params = new HashMap<>();
		String where = where(caller, new CaseFilter(null, null, null, year, null, null, false), params)
				+ " and c.state not in ('EXEMPTED', 'WITHDRAWN')";
		Map<Long, String> unitNames = new HashMap<>();
		List<YearStatistics.Count> byUnit = count("c.unit_id::text", where, params, key -> unitNames
			.computeIfAbsent(Long.valueOf(key), id -> organization.unit(new UnitId(id)).name()));
		List<YearStatistics.Count> byFailure = count("c.failure_type", where, params,
				key -> label(FailureType.valueOf(key)));
		List<YearStatistics.Count> bySanction = jdbc.sql("select s, count(*) from accountability.accountability_case c,"
				+ " unnest(string_to_array(nullif(c.sanctions, ''), ',')) s where " + where + " group by s")
			.params(params)
			.query((rs, n) -> new YearStatistics.Count(rs.getString(1), label(Sanction.valueOf(rs.getString(1))),
					rs.getLong(2)))
			.list()
			.stream()
			.sorted((a, b) -> Sanction.valueOf(a.key()).compareTo(Sanction.valueOf(b.key())))
			.toList();
		return new YearStatistics(year, byUnit, byFailure, bySanction);
	}

	private List<YearStatistics.Count> count(String column, String where, Map<String, Object> params,
			Function<String, String> labels) {
		return jdbc.sql("select " + column + ", count(*) from accountability.accountability_case c where " + where
				+ " group by 1 order by 2 desc, 1")
			.params(params)
			.query((ResultSet rs, int n) -> countOf(rs, labels))
			.list();
	}

	private static YearStatistics.Count countOf(ResultSet rs, Function<String, String> labels) throws SQLException {
		return new YearStatistics.Count(rs.getString(1), labels.apply(rs.getString(1)), rs.getLong(2));
	}

	private List<CaseRow> rows(List<AccountabilityCase> cases) {
		Map<Long, String> units = new HashMap<>();
		Map<Long, String> departments = new HashMap<>();
		Map<Long, String> people = new HashMap<>();
		List<CaseRow> rows = new ArrayList<>();
		for (AccountabilityCase c : cases) {
			Subject s = c.subject();
			String unitName = units.computeIfAbsent(s.unitId(), id -> organization.unit(new UnitId(id)).name());
			String departmentName = s.departmentId() == null ? null
					: departments.computeIfAbsent(s.departmentId(), id -> organization.department(new DepartmentId(id)).name());
			String subjectName = s.person() ? people.computeIfAbsent(s.staffId(), id -> organization.staffMember(new StaffId(id)).name())
					: departmentName != null ? departmentName : unitName;
			rows.add(new CaseRow(c.idOrNull(), c.source(), s.unitId(), unitName, departmentName, subjectName, c.year(),
					c.failureType(), label(c.failureType()), c.state(), c.findings() == null ? null : c.findings().severity(),
					c.aggravated(), c.decision() == null ? List.of() : c.decision().sanctions(), c.openedAt(),
					c.decision() == null ? null : c.decision().decidedOn()));
		}
		return rows;
	}

	private static String where(Caller caller, CaseFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		DataScope scope = caller.scope();
		Long me = caller.staffId();
		params.put("me", me == null ? -1L : me);
		if (filter.mine() || !AccountabilityAccess.oversees(caller)) {
			conditions.add("c.staff_id = :me");
		}
		else if (!scope.wholeRegion()) {
			params.put("units", array(scope.unitIds()));
			params.put("departments", array(scope.departmentIds()));
			conditions.add("(c.staff_id = :me or c.unit_id = any(cast(:units as bigint[]))"
					+ " or c.department_id = any(cast(:departments as bigint[])))");
		}
		if (filter.state() != null) {
			conditions.add("c.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.unitId() != null) {
			conditions.add("c.unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.departmentId() != null) {
			conditions.add("c.department_id = :department");
			params.put("department", filter.departmentId());
		}
		if (filter.year() != null) {
			conditions.add("c.year = :year");
			params.put("year", filter.year());
		}
		if (filter.failureType() != null) {
			conditions.add("c.failure_type = :failure");
			params.put("failure", filter.failureType().name());
		}
		if (filter.source() != null) {
			conditions.add("c.source = :source");
			params.put("source", filter.source().name());
		}
		return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
	}

	private static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	private String label(Enum<?> value) {
		return messages.getMessage(Labels.of(value), LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
