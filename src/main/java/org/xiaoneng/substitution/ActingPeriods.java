package org.xiaoneng.substitution;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who acts for a post when it is not its holder, per period. */
@Repository
class ActingPeriods {

	/** One acting period. */
	record Period(long postId, long actingStaffId, ActingReason reason, Long absenceId, Instant from, Instant to) {
	}

	private static final String COLUMNS = "post_id, acting_staff_id, reason, absence_id, lower(period) as starts_at, upper(period) as ends_at ";

	private final JdbcClient jdbc;

	ActingPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long postId, Instant from, Instant to, long actingStaffId, ActingReason reason, Long absenceId,
			String note, String designatedBy) {
		jdbc.sql("""
				insert into substitution.acting_period (post_id, period, acting_staff_id, reason, absence_id, note,
				designated_by) values (:post, tstzrange(:from, :to, '[)'), :acting, :reason, :absence, :note, :by)""")
			.param("post", postId)
			.param("from", time(from))
			.param("to", time(to))
			.param("acting", actingStaffId)
			.param("reason", reason.name())
			.param("absence", absenceId)
			.param("note", note)
			.param("by", designatedBy)
			.update();
	}

	/** The one indexed look-up behind whoActsFor: the GiST index of the exclusion constraint on (post, period). */
	Optional<Period> at(long postId, Instant instant) {
		return jdbc.sql("select " + COLUMNS + " from substitution.acting_period where post_id = :post and period @> :at")
			.param("post", postId)
			.param("at", time(instant))
			.query(ActingPeriods::period)
			.optional();
	}

	List<Period> overlapping(long postId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + """
				 from substitution.acting_period where post_id = :post and period && tstzrange(:from, :to, '[)')""")
			.param("post", postId)
			.param("from", time(from))
			.param("to", time(to))
			.query(ActingPeriods::period)
			.list();
	}

	/** The periods in which this person acts for someone, overlapping the given one. */
	List<Period> actedBy(long staffId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + """
				 from substitution.acting_period where acting_staff_id = :staff and period && tstzrange(:from, :to, '[)')""")
			.param("staff", staffId)
			.param("from", time(from))
			.param("to", time(to))
			.query(ActingPeriods::period)
			.list();
	}

	private static Period period(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Period(rs.getLong("post_id"), rs.getLong("acting_staff_id"),
				ActingReason.valueOf(rs.getString("reason")), rs.getObject("absence_id", Long.class),
				instant(rs, "starts_at"), instant(rs, "ends_at"));
	}
}
