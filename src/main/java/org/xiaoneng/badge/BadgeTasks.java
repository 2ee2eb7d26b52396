package org.xiaoneng.badge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.badge.BadgeTask.Kind;
import org.xiaoneng.badge.BadgeTask.State;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.DataScope;

/**
 * The office's tasks. Opening one is idempotent (a redelivered event opens no second task for the same person or
 * badge), closing one happens once under its row lock.
 */
@Repository
class BadgeTasks {

	private static final String COLUMNS = """
			id, kind, staff_id, staff_name, unit_id, department_id, reason, badge_id, state, refusal, opened_on, closed_on,
			closed_by""";

	private final JdbcClient jdbc;

	BadgeTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens a task unless the same one is open (issue) or exists (return, refusal) already. */
	void open(Kind kind, long staffId, String staffName, long unitId, long departmentId, String reason, Long badgeId,
			State state, String refusal, LocalDate today) {
		jdbc.sql("""
				insert into badge.task (kind, staff_id, staff_name, unit_id, department_id, reason, badge_id, state,
				  refusal, opened_on, closed_on, closed_by)
				values (:kind, :staff, :name, :unit, :department, :reason, :badge, :state, :refusal, :today,
				  case when :state = 'OPEN' then null else cast(:today as date) end,
				  case when :state = 'OPEN' then null else 'system' end)
				on conflict do nothing""")
			.param("kind", kind.name())
			.param("staff", staffId)
			.param("name", staffName)
			.param("unit", unitId)
			.param("department", departmentId)
			.param("reason", reason)
			.param("badge", badgeId)
			.param("state", state.name())
			.param("refusal", refusal)
			.param("today", today)
			.update();
	}

	Optional<BadgeTask> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from badge.task where id = :id for update")
			.param("id", id)
			.query(BadgeTasks::task)
			.optional();
	}

	/** Closes an open task; the caller checked it is open under its lock. */
	void close(long id, State state, Long badgeId, String by, LocalDate today) {
		jdbc.sql("""
				update badge.task set state = :state, badge_id = coalesce(:badge, badge_id), closed_on = :today,
				  closed_by = :by
				where id = :id and state = 'OPEN'""")
			.param("state", state.name())
			.param("badge", badgeId)
			.param("today", today)
			.param("by", by)
			.param("id", id)
			.update();
	}

	/** Closes the staff member's open issue task, if any, as done with the badge or cancelled. */
	void closeOpenIssue(long staffId, State state, Long badgeId, String by, LocalDate today) {
		jdbc.sql("""
				update badge.task set state = :state, badge_id = :badge, closed_on = :today, closed_by = :by
				where kind = 'ISSUE' and staff_id = :staff and state = 'OPEN'""")
			.param("state", state.name())
			.param("badge", badgeId)
			.param("today", today)
			.param("by", by)
			.param("staff", staffId)
			.update();
	}

	/** The tasks of the scope, open ones first, each newest first (as recorded, whatever a task's date); at most 500. */
	List<BadgeTask> visible(DataScope scope, boolean openOnly) {
		return jdbc.sql("select " + COLUMNS + " from badge.task where (" + BadgeScope.sql(scope) + ")"
				+ (openOnly ? " and state = 'OPEN'" : "")
				+ " order by state = 'OPEN' desc, id desc limit 500")
			.params(BadgeScope.params(scope))
			.query(BadgeTasks::task)
			.list();
	}

	/** One staff member's tasks within the scope, newest first (a person has a handful: no limit). */
	List<BadgeTask> ofStaff(DataScope scope, StaffId staffId) {
		return jdbc.sql("select " + COLUMNS + " from badge.task where staff_id = :staff and (" + BadgeScope.sql(scope)
				+ ") order by id desc")
			.params(BadgeScope.params(scope))
			.param("staff", staffId.value())
			.query(BadgeTasks::task)
			.list();
	}

	private static BadgeTask task(ResultSet rs, int row) throws SQLException {
		long badge = rs.getLong("badge_id");
		Long badgeId = rs.wasNull() ? null : badge;
		return new BadgeTask(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getLong("staff_id"),
				rs.getString("staff_name"), rs.getLong("unit_id"), rs.getLong("department_id"), rs.getString("reason"),
				badgeId, State.valueOf(rs.getString("state")), rs.getString("refusal"),
				rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				rs.getString("closed_by"));
	}
}
