package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/**
 * Supervision's own projection of the open objects with a running deadline, fed by the other modules' events (it
 * never reads their tables). A closed object leaves it. Each row keeps the dates it was fed with (warning day,
 * deadline), indexed, so that a day's run reads only the objects whose date fell since the last run and writes
 * nothing to them (decision 0020).
 */
@Repository
class WatchedObjects {

	/** The day before any object's: a first run, or one whose day lies before the last run's, looks at them all. */
	private static final LocalDate EVERYTHING = LocalDate.of(1900, 1, 1);

	private final JdbcClient jdbc;

	WatchedObjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts or restarts watching an object with its deadline (accepted, resumed, extended). An object whose warning
	 * day has come by today or by the sweep's last day lies before every later run's window: it is flagged
	 * {@code due_now}, so that the next run whose day reaches its warning day looks at it whatever the window.
	 */
	void watch(CardSubject subject, Long holderStaffId, LocalDate startedOn, LocalDate deadline, LocalDate warnOn,
			LocalDate today) {
		jdbc.sql("""
				insert into supervision.watched_object (object_type, object_id, object_label, unit_id, department_id,
				  holder_staff_id, started_on, deadline, warn_on, paused, due_now)
				values (:type, :id, :label, :unit, :department, :holder, :started, :deadline, :warnOn, false,
				  :warnOn <= greatest(:today, (select last_day from supervision.deadline_sweep)))
				on conflict (object_type, object_id) do update set object_label = excluded.object_label,
				  department_id = excluded.department_id,
				  holder_staff_id = coalesce(excluded.holder_staff_id, supervision.watched_object.holder_staff_id),
				  started_on = excluded.started_on, deadline = excluded.deadline, warn_on = excluded.warn_on,
				  paused = false, due_now = excluded.due_now""")
			.param("type", subject.type().name())
			.param("id", subject.id())
			.param("label", subject.label())
			.param("unit", subject.unitId())
			.param("department", subject.departmentId())
			.param("holder", holderStaffId)
			.param("started", startedOn)
			.param("deadline", deadline)
			.param("warnOn", warnOn)
			.param("today", today)
			.update();
	}

	/** The object's clock paused (补正, a special procedure): nothing is raised about it until it runs again. */
	void pause(ObjectType type, long id) {
		jdbc.sql("update supervision.watched_object set paused = true where object_type = :type and object_id = :id")
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
	 * The last day whose crossings were raised, locked until the caller's transaction ends, so that two runs (a node
	 * past the cluster lock) take turns; empty before the first run.
	 */
	Optional<LocalDate> lastDayForUpdate() {
		return jdbc.sql("select last_day from supervision.deadline_sweep for update")
			.query(LocalDate.class)
			.optional();
	}

	/**
	 * Records the day as raised. A run on an earlier day (a clock set back) records its own day: it looked at every
	 * object, and the runs after it go on from there.
	 */
	void raisedUpTo(LocalDate day) {
		jdbc.sql("""
				insert into supervision.deadline_sweep (id, last_day) values (true, :day)
				on conflict (id) do update set last_day = excluded.last_day""")
			.param("day", day)
			.update();
	}

	/**
	 * Raises, in one statement, the pending card of every object whose level crossed a line after {@code since} and
	 * by {@code today} — its warning day, its deadline (yellow) or the day after (red) — and of every object fed
	 * late whose warning day has come; only the card of the level it has today, only where its unit has the rule on, at most once per rule and
	 * object (the card's unique key: a second run raises nothing). The objects are found over the indexes on their
	 * dates, never by reading the rest; a {@code since} of {@code null} looks at every object.
	 *
	 * @return how many cards were raised
	 */
	int raiseCrossed(LocalDate since, LocalDate today, Instant at) {
		return jdbc.sql("""
				with fed_late as (
				  update supervision.watched_object set due_now = false where due_now and warn_on <= :today
				  returning object_type, object_id
				), crossed as (
				  select w.*, false as fed_late from supervision.watched_object w
				  where not paused and warn_on > :since and warn_on <= :today
				  union all
				  select w.*, false from supervision.watched_object w
				  where not paused and deadline > :since and deadline <= :today
				  union all
				  select w.*, false from supervision.watched_object w
				  where not paused and deadline >= :since and deadline < :today
				  union all
				  select w.*, true from supervision.watched_object w
				  join fed_late f on f.object_type = w.object_type and f.object_id = w.object_id
				  where not w.paused
				), setting as (
				  select distinct on (unit_id, rule_code) unit_id, rule_code, version, enabled from supervision.rule_setting
				  where rule_code in ('CASE_DEADLINE_NEAR', 'CASE_DUE_TODAY', 'CASE_OVERDUE')
				  order by unit_id, rule_code, version desc
				)
				insert into supervision.card (rule_code, rule_version, colour, state, object_type, object_id, object_part,
				  object_label, unit_id, department_id, holder_staff_id, holder_level, facts, raised_at)
				select level.rule_code, coalesce(s.version, 1), level.colour, 'PENDING', w.object_type, w.object_id, 0,
				  w.object_label, w.unit_id, w.department_id, w.holder_staff_id, 'HANDLER', w.deadline::text, :at
				from crossed w
				cross join lateral (
				  select case when w.deadline < :today then 'CASE_OVERDUE' when w.deadline = :today then 'CASE_DUE_TODAY'
				      else 'CASE_DEADLINE_NEAR' end as rule_code,
				    case when w.deadline < :today then 'RED' when w.deadline = :today then 'YELLOW' else 'WARNING' end as colour,
				    case when w.deadline < :today then w.deadline + 1 when w.deadline = :today then w.deadline
				      else w.warn_on end as crossed_on
				) level
				left join setting s on s.unit_id = w.unit_id and s.rule_code = level.rule_code
				where w.started_on <= :today and w.warn_on <= :today
				  and (level.crossed_on > :since or w.fed_late) and coalesce(s.enabled, true)
				on conflict (rule_code, object_type, object_id, object_part) do nothing""")
			.param("since", since != null ? since : EVERYTHING)
			.param("today", today)
			.param("at", Columns.time(at))
			.update();
	}

	/**
	 * The ids of the deadline cards raised about watched objects and not yet issued, at most {@code limit}, oldest
	 * first (a closed object's pending cards are cancelled when it leaves the projection).
	 */
	List<Long> pendingDeadlineCards(int limit) {
		return jdbc.sql("""
				select c.id from supervision.card c
				join supervision.watched_object w on w.object_type = c.object_type and w.object_id = c.object_id
				where c.state = 'PENDING' and c.rule_code in ('CASE_DEADLINE_NEAR', 'CASE_DUE_TODAY', 'CASE_OVERDUE')
				order by c.id limit :limit""")
			.param("limit", limit)
			.query(Long.class)
			.list();
	}
}
