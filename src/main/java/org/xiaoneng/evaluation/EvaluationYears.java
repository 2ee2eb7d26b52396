package org.xiaoneng.evaluation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** The years whose evaluation has started, and the leaders' approvals of the wider 优秀 quota per pool. */
@Repository
class EvaluationYears {

	private final JdbcClient jdbc;

	EvaluationYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the start once; whether this call started it. */
	boolean start(int year, String by, Instant at) {
		return jdbc.sql("""
				insert into evaluation.evaluation_year (year, started_at, started_by) values (:year, :at, :by)
				on conflict do nothing""")
			.param("year", year)
			.param("at", Columns.time(at))
			.param("by", by)
			.update() == 1;
	}

	Optional<Instant> startedAt(int year) {
		return jdbc.sql("select started_at from evaluation.evaluation_year where year = :year")
			.param("year", year)
			.query((rs, row) -> Columns.instant(rs, "started_at"))
			.optional();
	}

	/** Records a leader's approval of the wider quota for the pool (unit 0: the region's departments). */
	void approveWiderQuota(int year, ObjectType type, long poolUnitId, String by, Instant at) {
		jdbc.sql("""
				insert into evaluation.quota_approval (year, object_type, unit_id, approved_by, approved_at)
				values (:year, :type, :unit, :by, :at) on conflict do nothing""")
			.param("year", year)
			.param("type", type.name())
			.param("unit", poolUnitId)
			.param("by", by)
			.param("at", Columns.time(at))
			.update();
	}

	/**
	 * When the year started, its row locked for the rest of the transaction: computations of one year, whole or of
	 * one person, take turns, so that each ranks its pool over the figures the other committed.
	 */
	Optional<Instant> lockStarted(int year) {
		return jdbc.sql("select started_at from evaluation.evaluation_year where year = :year for no key update")
			.param("year", year)
			.query((rs, row) -> Columns.instant(rs, "started_at"))
			.optional();
	}

	boolean widerQuotaApproved(int year, ObjectType type, long poolUnitId) {
		return jdbc.sql("""
				select count(*) from evaluation.quota_approval
				where year = :year and object_type = :type and unit_id = :unit""")
			.param("year", year)
			.param("type", type.name())
			.param("unit", poolUnitId)
			.query(Integer.class)
			.single() > 0;
	}
}
