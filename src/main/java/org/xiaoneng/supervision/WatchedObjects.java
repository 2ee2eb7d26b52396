package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Supervision's own projection of the open objects with a running deadline, fed by the other modules' events (it
 * never reads their tables). A closed object leaves it; {@code next_check} is the day the object's level next
 * changes, indexed, so that the daily classification touches only the rows whose day has come.
 */
@Repository
class WatchedObjects {

	/**
	 * One object whose level changed and whose card is to be raised.
	 *
	 * @param subject the object
	 * @param holderStaffId the handler named when it was last fed
	 * @param rule the rule whose card is due
	 * @param deadline its deadline
	 */
	record Marked(CardSubject subject, Long holderStaffId, Rule rule, LocalDate deadline) {
	}

	private final JdbcClient jdbc;

	WatchedObjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts or restarts watching an object with its deadline (accepted, resumed, extended): the level starts again
	 * from none, so that an extended case warns again before its new deadline.
	 */
	void watch(CardSubject subject, Long holderStaffId, LocalDate startedOn, LocalDate deadline, LocalDate warnOn) {
		jdbc.sql("""
				insert into supervision.watched_object (object_type, object_id, object_label, unit_id, department_id,
				  holder_staff_id, started_on, deadline, warn_on, level, next_check)
				values (:type, :id, :label, :unit, :department, :holder, :started, :deadline, :warnOn, 'NONE', :warnOn)
				on conflict (object_type, object_id) do update set object_label = excluded.object_label,
				  department_id = excluded.department_id,
				  holder_staff_id = coalesce(excluded.holder_staff_id, supervision.watched_object.holder_staff_id),
				  started_on = excluded.started_on, deadline = excluded.deadline, warn_on = excluded.warn_on,
				  level = 'NONE', next_check = excluded.warn_on, raise_rule = null""")
			.param("type", subject.type().name())
			.param("id", subject.id())
			.param("label", subject.label())
			.param("unit", subject.unitId())
			.param("department", subject.departmentId())
			.param("holder", holderStaffId)
			.param("started", startedOn)
			.param("deadline", deadline)
			.param("warnOn", warnOn)
			.update();
	}

	/** The object's clock paused (补正, a special procedure): nothing changes level until it runs again. */
	void pause(ObjectType type, long id) {
		jdbc.sql("update supervision.watched_object set next_check = null where object_type = :type and object_id = :id")
			.param("type", type.name())
			.param("id", id)
			.update();
	}

	/** The object closed (completed, withdrawn, refused): it leaves the projection. */
	void forget(ObjectType type, long id) {
		jdbc.sql("delete from supervision.watched_object where object_type = :type and object_id = :id")
			.param("type", type.name())
			.param("id", id)
			.update();
	}

	/**
	 * Classifies in one set-based statement every object whose day has come: a warning from its warning day, yellow on
	 * its deadline, red after it; marks the rule whose card is now due and sets the next day to look again (none once
	 * red). A second run on the same day finds no row whose day has come, so it changes nothing.
	 *
	 * @return how many objects changed level
	 */
	int classify(LocalDate today) {
		return jdbc.sql("""
				update supervision.watched_object w set
				  level = c.level,
				  raise_rule = c.rule,
				  next_check = case c.level when 'WARNING' then w.deadline when 'YELLOW' then w.deadline + 1 end
				from (
				  select object_type, object_id,
				    case when deadline < :today then 'RED' when deadline = :today then 'YELLOW' else 'WARNING' end as level,
				    case when deadline < :today then 'CASE_OVERDUE' when deadline = :today then 'CASE_DUE_TODAY'
				      else 'CASE_DEADLINE_NEAR' end as rule
				  from supervision.watched_object
				  where next_check <= :today and started_on <= :today
				) c
				where w.object_type = c.object_type and w.object_id = c.object_id and w.level <> c.level""")
			.param("today", today)
			.update();
	}

	/** The objects whose card is due, at most {@code limit} of them. */
	List<Marked> marked(int limit) {
		return jdbc.sql("""
				select object_type, object_id, object_label, unit_id, department_id, holder_staff_id, raise_rule, deadline
				from supervision.watched_object where raise_rule is not null order by object_type, object_id limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> {
				long department = rs.getLong("department_id");
				long holder = rs.getLong("holder_staff_id");
				Long holderId = rs.wasNull() ? null : holder;
				return new Marked(new CardSubject(ObjectType.valueOf(rs.getString("object_type")), rs.getLong("object_id"),
						0, rs.getString("object_label"), rs.getLong("unit_id"), department), holderId,
						Rule.valueOf(rs.getString("raise_rule")), rs.getObject("deadline", LocalDate.class));
			})
			.list();
	}

	/** Clears the mark once the card is raised (or the rule is off), only if it still names that rule. */
	boolean unmark(Marked marked) {
		return jdbc.sql("""
				update supervision.watched_object set raise_rule = null
				where object_type = :type and object_id = :id and raise_rule = :rule""")
			.param("type", marked.subject().type().name())
			.param("id", marked.subject().id())
			.param("rule", marked.rule().code())
			.update() == 1;
	}
}
