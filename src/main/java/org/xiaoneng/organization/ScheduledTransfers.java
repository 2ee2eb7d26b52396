package org.xiaoneng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/** Transfers waiting for their day, and those applied or cancelled. */
@Repository
class ScheduledTransfers {

	private final JdbcClient jdbc;

	ScheduledTransfers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long staffId, long toDepartmentId, LocalDate effectiveOn, String by, Instant at) {
		return jdbc.sql("""
				insert into organization.scheduled_transfer (staff_id, to_department_id, effective_on, scheduled_by,
				scheduled_at) values (:staff, :department, :on, :by, :at) returning id""")
			.param("staff", staffId)
			.param("department", toDepartmentId)
			.param("on", effectiveOn)
			.param("by", by)
			.param("at", Columns.time(at))
			.query(Long.class)
			.single();
	}

	Optional<ScheduledTransfer> find(long id) {
		return jdbc.sql("select * from organization.scheduled_transfer where id = :id")
			.param("id", id)
			.query(ScheduledTransfers::transfer)
			.optional();
	}

	Optional<ScheduledTransfer> pendingOf(long staffId) {
		return jdbc.sql("""
				select * from organization.scheduled_transfer
				where staff_id = :staff and applied_at is null and cancelled_at is null""")
			.param("staff", staffId)
			.query(ScheduledTransfers::transfer)
			.optional();
	}

	/** The pending transfers whose day has come. */
	List<ScheduledTransfer> due(LocalDate today) {
		return jdbc.sql("""
				select * from organization.scheduled_transfer
				where effective_on <= :today and applied_at is null and cancelled_at is null order by effective_on, id""")
			.param("today", today)
			.query(ScheduledTransfers::transfer)
			.list();
	}

	/** Marks it applied, only if still pending: the one caller that gets true makes the move. */
	boolean markApplied(long id, Instant at) {
		return jdbc.sql("""
				update organization.scheduled_transfer set applied_at = :at
				where id = :id and applied_at is null and cancelled_at is null""")
			.param("id", id)
			.param("at", Columns.time(at))
			.update() == 1;
	}

	boolean markCancelled(long id, Instant at) {
		return jdbc.sql("""
				update organization.scheduled_transfer set cancelled_at = :at
				where id = :id and applied_at is null and cancelled_at is null""")
			.param("id", id)
			.param("at", Columns.time(at))
			.update() == 1;
	}

	private static ScheduledTransfer transfer(ResultSet rs, int row) throws SQLException {
		return new ScheduledTransfer(rs.getLong("id"), rs.getLong("staff_id"), rs.getLong("to_department_id"),
				rs.getObject("effective_on", LocalDate.class), rs.getString("scheduled_by"),
				Columns.instant(rs, "applied_at"), Columns.instant(rs, "cancelled_at"));
	}
}
