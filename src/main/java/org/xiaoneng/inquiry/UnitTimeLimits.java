package org.xiaoneng.inquiry;

import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The time limits units set for themselves. */
@Repository
class UnitTimeLimits {

	private final JdbcClient jdbc;

	UnitTimeLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TimeLimits> of(long unitId) {
		return jdbc.sql("select * from inquiry.time_limits where unit_id = :unit")
			.param("unit", unitId)
			.query((rs, row) -> new TimeLimits(rs.getInt("acknowledge_days"), rs.getInt("answer_days"),
					rs.getInt("conclude_days"), rs.getInt("acceptance_notice_days")))
			.optional();
	}

	void save(long unitId, TimeLimits limits, String by, Instant at) {
		jdbc.sql("""
				insert into inquiry.time_limits (unit_id, acknowledge_days, answer_days, conclude_days,
				acceptance_notice_days, changed_by, changed_at) values (:unit, :ack, :answer, :conclude, :notice, :by, :at)
				on conflict (unit_id) do update set acknowledge_days = excluded.acknowledge_days,
				answer_days = excluded.answer_days, conclude_days = excluded.conclude_days,
				acceptance_notice_days = excluded.acceptance_notice_days, changed_by = excluded.changed_by,
				changed_at = excluded.changed_at""")
			.param("unit", unitId)
			.param("ack", limits.acknowledgeDays())
			.param("answer", limits.answerDays())
			.param("conclude", limits.concludeDays())
			.param("notice", limits.acceptanceNoticeDays())
			.param("by", by)
			.param("at", time(at))
			.update();
	}
}
