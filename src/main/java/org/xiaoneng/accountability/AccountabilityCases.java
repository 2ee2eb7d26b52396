package org.xiaoneng.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.organization.DecisionLevel;

/**
 * The accountability cases, one typed read and one typed write per aggregate; opening is idempotent per source and
 * person, and a person's cases of a year are counted under a lock on that person, so that two opened at once are
 * not both first.
 */
@Repository
class AccountabilityCases {

	static final String COLUMNS = """
			id, source, source_id, source_label, unit_id, department_id, staff_id, year, failure_type, conduct_code,
			conduct_unit_id, conduct_version, state, facts, evidence, investigation, severity, repeat_in_year, aggravations, statement_due,
			statement, stated_at, sanctions, decided_by_staff_id, decided_by_level, decided_on, decision_reason,
			not_eligible_for_excellent, bonus_deduction_percent, closing_reason, opened_by, opened_at, closed_at, version""";

	private final JdbcClient jdbc;

	AccountabilityCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the lock on the person's cases for the rest of the transaction and counts those of the year that still
	 * count (neither exempted nor withdrawn).
	 */
	int lockAndCountOfYear(long staffId, int year) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(7316, :key)) locked")
			.param("key", (int) (staffId % Integer.MAX_VALUE))
			.query(Integer.class)
			.single();
		return jdbc.sql("""
				select count(*) from accountability.accountability_case
				where staff_id = :staff and year = :year and state not in ('EXEMPTED', 'WITHDRAWN')""")
			.param("staff", staffId)
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	/**
	 * Saves a newly opened case unless its source already opened one about the same person, whatever became of it.
	 *
	 * @return whether it was new; when it was, the case now has its id
	 */
	boolean openOnce(AccountabilityCase kase) {
		Subject s = kase.subject();
		Optional<Long> id = jdbc.sql("""
				insert into accountability.accountability_case (source, source_id, source_label, unit_id, department_id,
				  staff_id, year, failure_type, conduct_code, conduct_unit_id, conduct_version, state, facts,
				  repeat_in_year, opened_by, opened_at)
				values (:source, :sourceId, :label, :unit, :department, :staff, :year, :failure, :conduct, :conductUnit,
				  :conductVersion, :state, :facts, :repeat, :by, :at)
				on conflict (source, source_id, (coalesce(staff_id, 0))) where source_id is not null do nothing
				returning id""")
			.param("source", kase.source().name())
			.param("sourceId", kase.sourceId())
			.param("label", kase.sourceLabel())
			.param("unit", s.unitId())
			.param("department", s.departmentId())
			.param("staff", s.staffId())
			.param("year", kase.year())
			.param("failure", kase.failureType().name())
			.param("conduct", kase.cited() == null ? null : kase.cited().code())
			.param("conductUnit", kase.cited() == null ? null : kase.cited().listUnitId())
			.param("conductVersion", kase.cited() == null ? null : kase.cited().version())
			.param("state", kase.state().name())
			.param("facts", kase.facts())
			.param("repeat", kase.repeatInYear())
			.param("by", kase.openedBy())
			.param("at", Columns.time(kase.openedAt()))
			.query(Long.class)
			.optional();
		id.ifPresent(kase::saved);
		return id.isPresent();
	}

	/** The case under its row lock, for a transition. */
	Optional<AccountabilityCase> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from accountability.accountability_case where id = :id for update")
			.param("id", id)
			.query(AccountabilityCases::kase)
			.optional();
	}

	/** The case as it is now, for reading. */
	Optional<AccountabilityCase> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from accountability.accountability_case where id = :id")
			.param("id", id)
			.query(AccountabilityCases::kase)
			.optional();
	}

	/** The ids of the cases a source opened, e.g. to withdraw them when it is revoked. */
	List<Long> openedBy(CaseSource source, long sourceId) {
		return jdbc.sql("select id from accountability.accountability_case where source = :source and source_id = :id")
			.param("source", source.name())
			.param("id", sourceId)
			.query(Long.class)
			.list();
	}

	/** Writes the case's changed state; the version guards against a transition made on a stale copy. */
	void save(AccountabilityCase kase) {
		AccountabilityCase.Findings f = kase.findings();
		AccountabilityCase.Decision d = kase.decision();
		int updated = jdbc.sql("""
				update accountability.accountability_case set failure_type = :failure, conduct_code = :conduct,
				  conduct_unit_id = :conductUnit, conduct_version = :conductVersion, state = :state, evidence = :evidence, investigation = :investigation,
				  severity = :severity, aggravations = :aggravations, statement_due = :due, statement = :statement,
				  stated_at = :statedAt, sanctions = :sanctions, decided_by_staff_id = :decider,
				  decided_by_level = :level, decided_on = :decidedOn, decision_reason = :reason,
				  not_eligible_for_excellent = :barred, bonus_deduction_percent = :deduction,
				  closing_reason = :closing, closed_at = :closedAt, version = version + 1
				where id = :id and version = :version""")
			.param("failure", kase.failureType().name())
			.param("conduct", kase.cited() == null ? null : kase.cited().code())
			.param("conductUnit", kase.cited() == null ? null : kase.cited().listUnitId())
			.param("conductVersion", kase.cited() == null ? null : kase.cited().version())
			.param("state", kase.state().name())
			.param("evidence", f == null ? null : f.evidence())
			.param("investigation", f == null ? null : f.record())
			.param("severity", f == null ? null : f.severity().name())
			.param("aggravations", f == null ? "" : join(f.aggravations()))
			.param("due", kase.statementDue())
			.param("statement", kase.statement())
			.param("statedAt", Columns.time(kase.statedAt()))
			.param("sanctions", d == null ? "" : join(d.sanctions()))
			.param("decider", d == null ? null : d.deciderStaffId())
			.param("level", d == null ? null : d.deciderLevel().name())
			.param("decidedOn", d == null ? null : d.decidedOn())
			.param("reason", d == null ? null : d.reason())
			.param("barred", d == null ? null : d.effects().notEligibleForExcellent())
			.param("deduction", d == null ? null : d.effects().bonusDeductionPercent())
			.param("closing", kase.closingReason())
			.param("closedAt", Columns.time(kase.closedAt()))
			.param("id", kase.idOrNull())
			.param("version", kase.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("accountability case " + kase.idOrNull() + " changed");
		}
	}

	static AccountabilityCase kase(ResultSet rs, int row) throws SQLException {
		Long departmentId = nullableLong(rs, "department_id");
		Long staffId = nullableLong(rs, "staff_id");
		String severity = rs.getString("severity");
		FailureType failure = FailureType.valueOf(rs.getString("failure_type"));
		ConductCitation cited = citation(rs);
		AccountabilityCase.Findings findings = severity == null ? null
				: new AccountabilityCase.Findings(failure, cited, Severity.valueOf(severity),
						split(rs.getString("aggravations"), Aggravation.class), rs.getString("investigation"),
						rs.getString("evidence"));
		String level = rs.getString("decided_by_level");
		AccountabilityCase.Decision decision = level == null ? null
				: new AccountabilityCase.Decision(
						split(rs.getString("sanctions"), Sanction.class).stream().sorted().toList(),
						rs.getLong("decided_by_staff_id"), DecisionLevel.valueOf(level),
						rs.getObject("decided_on", LocalDate.class), rs.getString("decision_reason"),
						new SanctionLadder.Effects(rs.getBoolean("not_eligible_for_excellent"),
								rs.getInt("bonus_deduction_percent")));
		return new AccountabilityCase(rs.getLong("id"), CaseSource.valueOf(rs.getString("source")),
				nullableLong(rs, "source_id"), rs.getString("source_label"),
				new Subject(rs.getLong("unit_id"), departmentId, staffId), rs.getInt("year"), failure, cited,
				rs.getString("facts"), rs.getBoolean("repeat_in_year"), rs.getString("opened_by"),
				Columns.instant(rs, "opened_at"), CaseState.valueOf(rs.getString("state")), findings,
				rs.getObject("statement_due", LocalDate.class), rs.getString("statement"),
				Columns.instant(rs, "stated_at"), decision, rs.getString("closing_reason"),
				Columns.instant(rs, "closed_at"), rs.getInt("version"));
	}

	private static ConductCitation citation(ResultSet rs) throws SQLException {
		String code = rs.getString("conduct_code");
		return code == null ? null
				: new ConductCitation(code, rs.getLong("conduct_unit_id"), rs.getInt("conduct_version"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static String join(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
		}
		return values;
	}
}
