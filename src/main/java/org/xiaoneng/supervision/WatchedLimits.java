package org.xiaoneng.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Supervision's own projection of the time limits inside a case besides its deadline: each open step's budget and
 * each open rectification of a bad rating, fed by casework's events (it never reads casework's tables). A limit that
 * passed raises its card and leaves.
 */
@Repository
class WatchedLimits {

	/**
	 * One limit being watched.
	 *
	 * @param subject the step (case id and step number) or the rectification
	 * @param holderStaffId who held it when it was fed, or {@code null}
	 * @param dueOn the last day within the limit
	 */
	record Limit(CardSubject subject, Long holderStaffId, LocalDate dueOn) {
	}

	private final JdbcClient jdbc;

	WatchedLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts watching a limit, or moves it (a step routed again keeps one row). */
	void watch(CardSubject subject, Long holderStaffId, LocalDate dueOn) {
		jdbc.sql("""
				insert into supervision.watched_limit (object_type, object_id, object_part, object_label, unit_id,
				  department_id, holder_staff_id, due_on)
				values (:type, :id, :part, :label, :unit, :department, :holder, :due)
				on conflict (object_type, object_id, object_part) do update set object_label = excluded.object_label,
				  department_id = excluded.department_id, holder_staff_id = excluded.holder_staff_id,
				  due_on = excluded.due_on""")
			.param("type", subject.type().name())
			.param("id", subject.id())
			.param("part", subject.part())
			.param("label", subject.label())
			.param("unit", subject.unitId())
			.param("department", subject.departmentId())
			.param("holder", holderStaffId)
			.param("due", dueOn)
			.update();
	}

	/** The limit ended (a step done, a rectification closed): it leaves the projection. */
	void forget(ObjectType type, long id, long part) {
		jdbc.sql("""
				delete from supervision.watched_limit where object_type = :type and object_id = :id and object_part = :part""")
			.param("type", type.name())
			.param("id", id)
			.param("part", part)
			.update();
	}

	/** Every limit of the object ends with it (the steps of a closed case). */
	void forgetAll(ObjectType type, long id) {
		jdbc.sql("delete from supervision.watched_limit where object_type = :type and object_id = :id")
			.param("type", type.name())
			.param("id", id)
			.update();
	}

	/** The limits of an object (a case's open steps), for moving them. */
	List<Limit> of(ObjectType type, long id) {
		return jdbc.sql("""
				select * from supervision.watched_limit where object_type = :type and object_id = :id
				order by object_part""")
			.param("type", type.name())
			.param("id", id)
			.query((rs, n) -> limit(rs))
			.list();
	}

	/**
	 * The limits that passed before {@code today}, at most {@code size} of them after the one given (by key), so that
	 * a run pages through rows it leaves in place (a suspended case's step) without meeting them again.
	 */
	List<Limit> passed(LocalDate today, Limit after, int size) {
		return jdbc.sql("""
				select * from supervision.watched_limit
				where due_on < :today and (object_type, object_id, object_part) > (:type, :id, :part)
				order by object_type, object_id, object_part limit :size""")
			.param("today", today)
			.param("type", after == null ? "" : after.subject().type().name())
			.param("id", after == null ? Long.MIN_VALUE : after.subject().id())
			.param("part", after == null ? Long.MIN_VALUE : after.subject().part())
			.param("size", size)
			.query((rs, n) -> limit(rs))
			.list();
	}

	private static Limit limit(ResultSet rs) throws SQLException {
		long holder = rs.getLong("holder_staff_id");
		Long holderId = rs.wasNull() ? null : holder;
		return new Limit(new CardSubject(ObjectType.valueOf(rs.getString("object_type")), rs.getLong("object_id"),
				rs.getLong("object_part"), rs.getString("object_label"), rs.getLong("unit_id"),
				rs.getLong("department_id")), holderId, rs.getObject("due_on", LocalDate.class));
	}
}
