package org.xiaoneng.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The results, one typed read and one typed write per aggregate, guarded by its version. */
@Repository
class Results {

	private static final TypeReference<List<ScoreLine>> LINES = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			id, year, object_type, object_id, unit_id, department_id, scale, scheme_id, breakdown, total, rank, grade,
			blocked_reason, state, published_on, objections_until, signed_by, signed_at, dispute, dispute_answer,
			check_findings, final_on, version""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Results(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Result> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from evaluation.result where id = :id")
			.param("id", id)
			.query(this::result)
			.optional();
	}

	Optional<Result> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from evaluation.result where id = :id for update")
			.param("id", id)
			.query(this::result)
			.optional();
	}

	Optional<Result> of(int year, ObjectType type, long objectId) {
		return jdbc.sql("select " + COLUMNS
				+ " from evaluation.result where year = :year and object_type = :type and object_id = :object")
			.param("year", year)
			.param("type", type.name())
			.param("object", objectId)
			.query(this::result)
			.optional();
	}

	/** The year's results of a kind, locked for the rest of the transaction, best first. */
	List<Result> lockYear(int year, ObjectType type) {
		return jdbc.sql("select " + COLUMNS + """
				 from evaluation.result where year = :year and object_type = :type
				order by total desc, id for update""".indent(1))
			.param("year", year)
			.param("type", type.name())
			.query(this::result)
			.list();
	}

	/** One object's result of the year, locked for the rest of the transaction. */
	Optional<Result> lockOf(int year, ObjectType type, long objectId) {
		return jdbc.sql("select " + COLUMNS + """
				 from evaluation.result where year = :year and object_type = :type and object_id = :object
				for update""".indent(1))
			.param("year", year)
			.param("type", type.name())
			.param("object", objectId)
			.query(this::result)
			.optional();
	}

	/**
	 * Ranks and grades a pool again in one statement, by {@link Grading}'s policy, and writes only the results whose
	 * rank or grade changed; the number written. The pool is a unit's staff, or (unit {@code null}) the region's
	 * departments. Equal totals share a rank; the grade follows the thresholds; 优秀 goes to the best totals not
	 * blocked, ties to the lower id, up to the quota (its per cent of the pool, rounded down); a blocked or
	 * over-quota 优秀 is 称职/合格.
	 */
	int regradePool(int year, ObjectType type, Long unitId, EvaluationSettings settings, boolean widerApproved) {
		return jdbc.sql("""
				update evaluation.result r set rank = g.place, grade = g.given, version = r.version + 1
				from (select id, place,
				        case when band = 'EXCELLENT' and (blocked_reason is not null or excellent_before >= quota)
				          then 'COMPETENT' else band end as given
				      from (select id, blocked_reason, rank() over (order by total desc) as place,
				              case when total >= :excellent then 'EXCELLENT' when total >= :competent then 'COMPETENT'
				                when total >= :basic then 'BASICALLY_COMPETENT' else 'INCOMPETENT' end as band,
				              count(*) filter (where total >= :excellent and blocked_reason is null)
				                over (order by total desc, id rows between unbounded preceding and 1 preceding)
				                as excellent_before,
				              count(*) over () * :percent / 100 as quota
				            from evaluation.result where year = :year and object_type = :type %s) pool) g
				where r.id = g.id and r.state = 'COMPUTED'
				  and (r.rank is distinct from g.place or r.grade is distinct from g.given)"""
			.formatted(unitId == null ? "" : "and unit_id = :unit"))
			.param("excellent", settings.excellentFrom())
			.param("competent", settings.competentFrom())
			.param("basic", settings.basicFrom())
			.param("percent", settings.quotaPercent(widerApproved))
			.param("year", year)
			.param("type", type.name())
			.param("unit", unitId)
			.update();
	}

	/** The year's results of a kind in the units the caller may see (all for {@code null}), best first. */
	List<Result> ofYear(int year, ObjectType type, List<Long> unitIds) {
		return jdbc.sql("select " + COLUMNS + """
				 from evaluation.result where year = :year and object_type = :type
				  and (cast(:all as boolean) or unit_id in (:units))
				order by unit_id, total desc, id""".indent(1))
			.param("year", year)
			.param("type", type.name())
			.param("all", unitIds == null)
			.param("units", unitIds == null || unitIds.isEmpty() ? List.of(-1L) : unitIds)
			.query(this::result)
			.list();
	}

	void save(Result result) {
		if (result.idOrNull() == null) {
			insert(result);
			return;
		}
		int updated = jdbc.sql("""
				update evaluation.result set scheme_id = :scheme, breakdown = cast(:breakdown as jsonb), total = :total,
				  rank = :rank, grade = :grade, blocked_reason = :blocked, state = :state, published_on = :published,
				  objections_until = :until, signed_by = :signedBy, signed_at = :signedAt, dispute = :dispute,
				  dispute_answer = :answer, check_findings = :findings, final_on = :finalOn, version = version + 1
				where id = :id and version = :version""")
			.param("scheme", result.schemeId().value())
			.param("breakdown", json.writeValueAsString(result.breakdown()))
			.param("total", result.total())
			.param("rank", result.rank())
			.param("grade", result.grade() == null ? null : result.grade().name())
			.param("blocked", result.blockedReason())
			.param("state", result.state().name())
			.param("published", result.publishedOn())
			.param("until", result.objectionsUntil())
			.param("signedBy", result.signedBy())
			.param("signedAt", Columns.time(result.signedAt()))
			.param("dispute", result.dispute())
			.param("answer", result.disputeAnswer())
			.param("findings", result.checkFindings())
			.param("finalOn", result.finalOn())
			.param("id", result.idOrNull())
			.param("version", result.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("evaluation result " + result.idOrNull() + " changed");
		}
		result.saved();
	}

	private void insert(Result result) {
		long id = jdbc.sql("""
				insert into evaluation.result (year, object_type, object_id, unit_id, department_id, scale, scheme_id,
				  breakdown, total, blocked_reason, state)
				values (:year, :type, :object, :unit, :department, :scale, :scheme, cast(:breakdown as jsonb), :total,
				  :blocked, :state) returning id""")
			.param("year", result.year())
			.param("type", result.objectType().name())
			.param("object", result.objectId())
			.param("unit", result.unitId())
			.param("department", result.departmentId())
			.param("scale", result.scale().name())
			.param("scheme", result.schemeId().value())
			.param("breakdown", json.writeValueAsString(result.breakdown()))
			.param("total", result.total())
			.param("blocked", result.blockedReason())
			.param("state", result.state().name())
			.query(Long.class)
			.single();
		result.assignId(id);
	}

	private Result result(ResultSet rs, int row) throws SQLException {
		String grade = rs.getString("grade");
		return new Result(rs.getLong("id"), rs.getInt("year"), ObjectType.valueOf(rs.getString("object_type")),
				rs.getLong("object_id"), rs.getLong("unit_id"), rs.getLong("department_id"),
				GradeScale.valueOf(rs.getString("scale")), new SchemeId(rs.getLong("scheme_id")),
				json.readValue(rs.getString("breakdown"), LINES), rs.getDouble("total"),
				rs.getObject("rank", Integer.class), grade == null ? null : Grade.valueOf(grade),
				rs.getString("blocked_reason"), ResultState.valueOf(rs.getString("state")),
				rs.getObject("published_on", LocalDate.class), rs.getObject("objections_until", LocalDate.class),
				rs.getString("signed_by"), Columns.instant(rs, "signed_at"), rs.getString("dispute"),
				rs.getString("dispute_answer"), rs.getString("check_findings"),
				rs.getObject("final_on", LocalDate.class), rs.getInt("version"));
	}
}
