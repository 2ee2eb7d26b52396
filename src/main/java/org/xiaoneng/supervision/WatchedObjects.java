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

	/** The object's step was routed to someone: its deadline cards go to them from now on. */
	void handOver(ObjectType type, long id, long staffId) {
		jdbc.sql("""
				update supervision.watched_object set holder_staff_id = :staff
				where object_type = :type and object_id = :id and holder_staff_id is distinct from :staff""")
			.param("staff", staffId)
			.param("type", type.name())
			.param("id", id)
			.update();
	}

	/**
	 * Where the sweep stands, locked until the caller's transaction ends, so that two runs (a node past the cluster
	 * lock) take turns; empty before the first run.
	 */
	Optional<SweepState> sweepForUpdate() {
		return jdbc.sql("select last_day, catch_up_day, catch_up_after from supervision.deadline_sweep for update")
			.query((rs, row) -> new SweepState(rs.getObject("last_day", LocalDate.class),
					rs.getObject("catch_up_day", LocalDate.class), (Long) rs.getObject("catch_up_after")))
			.optional();
	}

	/**
	 * Records the day as raised and ends any catch-up. A run on an earlier day (a clock set back) records its own
	 * day: it looked at every object, and the runs after it go on from there.
	 */
	void raisedUpTo(LocalDate day) {
		jdbc.sql("""
				insert into supervision.deadline_sweep (id, last_day) values (true, :day)
				on conflict (id) do update set last_day = excluded.last_day, catch_up_day = null, catch_up_after = null""")
			.param("day", day)
			.update();
	}

	/** Records how far a catch-up begun on the day has gone: every object up to the id is done. */
	void caughtUpTo(LocalDate since, long objectId) {
		jdbc.sql("""
				insert into supervision.deadline_sweep (id, catch_up_day, catch_up_after) values (true, :day, :after)
				on conflict (id) do update set catch_up_day = excluded.catch_up_day, catch_up_after = excluded.catch_up_after""")
			.param("day", since)
			.param("after", objectId)
			.update();
	}

	/**
	 * The last object id of the next chunk of a catch-up: at most {@code size} watched cases after {@code after}, in
	 * the order of their ids; empty when none is left.
	 */
	Optional<Long> chunkEnd(long after, int size) {
		return jdbc.sql("""
				select max(object_id) from (select object_id from supervision.watched_object
				  where object_type = 'CASE' and object_id > :after order by object_id limit :size) chunk""")
			.param("after", after)
			.param("size", size)
			.query(Long.class)
			.optional();
	}

	/**
	 * Raises and issues, in one statement, the card of every object whose level crossed a line after {@code since}
	 * and by {@code today} — its warning day, its deadline (yellow) or the day after (red) — and of every object fed
	 * late whose warning day has come: only the card of the level it has today, only where its unit has the rule on,
	 * at most once per rule and object (the card's unique key: a second run raises nothing), to the handler the
	 * projection holds, with the feedback deadline of the unit's terms. The objects are found over the indexes on
	 * their dates, never by reading the rest.
	 *
	 * @return the cards issued
	 */
	List<Card> issueCrossed(LocalDate since, LocalDate today, Instant at, List<DeadlineTerms> terms) {
		return issue("""
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
				)""", since, today, at, terms).query(Cards.issuedBySweep(at)).list();
	}

	/**
	 * A chunk of a catch-up (a first run, or one after the clock was set back): the card of the level each watched
	 * case with an id in {@code (after, upTo]} has today, raised and issued in one statement as
	 * {@link #issueCrossed} does.
	 *
	 * @return the cards issued
	 */
	List<Card> issueAll(long after, long upTo, LocalDate today, Instant at, List<DeadlineTerms> terms) {
		return issue("""
				with crossed as (
				  select w.*, true as fed_late from supervision.watched_object w
				  where object_type = 'CASE' and object_id > :after and object_id <= :upTo and not paused
				)""", EVERYTHING, today, at, terms).param("after", after)
			.param("upTo", upTo)
			.query(Cards.issuedBySweep(at))
			.list();
	}

	private JdbcClient.StatementSpec issue(String crossed, LocalDate since, LocalDate today, Instant at,
			List<DeadlineTerms> terms) {
		return jdbc.sql(crossed + """
				, setting as (
				  select * from json_to_recordset(cast(:terms as json))
				    as t(unit_id bigint, rule_code text, version int, enabled boolean, feedback_due date)
				)
				insert into supervision.card (rule_code, rule_version, colour, state, object_type, object_id, object_part,
				  object_label, unit_id, department_id, holder_staff_id, holder_level, facts, raised_at, issued_at,
				  feedback_due)
				select level.rule_code, s.version, level.colour, 'ISSUED', w.object_type, w.object_id, 0,
				  w.object_label, w.unit_id, w.department_id, w.holder_staff_id, 'HANDLER', w.deadline::text, :at, :at,
				  s.feedback_due
				from crossed w
				cross join lateral (
				  select case when w.deadline < :today then 'CASE_OVERDUE' when w.deadline = :today then 'CASE_DUE_TODAY'
				      else 'CASE_DEADLINE_NEAR' end as rule_code,
				    case when w.deadline < :today then 'RED' when w.deadline = :today then 'YELLOW' else 'WARNING' end as colour,
				    case when w.deadline < :today then w.deadline + 1 when w.deadline = :today then w.deadline
				      else w.warn_on end as crossed_on
				) level
				join setting s on s.unit_id = w.unit_id and s.rule_code = level.rule_code
				where w.started_on <= :today and w.warn_on <= :today
				  and (level.crossed_on > :since or w.fed_late) and s.enabled
				on conflict (object_type, object_id, rule_code, object_part) do nothing
				returning""" + " " + Cards.ISSUED_BY_SWEEP)
			.param("since", since)
			.param("today", today)
			.param("at", Columns.time(at))
			.param("terms", DeadlineTerms.json(terms));
	}

	/**
	 * Where the deadline sweep stands.
	 *
	 * @param lastDay the last day whose crossings were raised, or {@code null} before the first run finished
	 * @param catchUpDay the day a catch-up (looking at every object) began, or {@code null} when none is under way
	 * @param catchUpAfter the last object id the catch-up has done, or {@code null}
	 */
	record SweepState(LocalDate lastDay, LocalDate catchUpDay, Long catchUpAfter) {

		/** Whether a run on the day reads only its window: the last day is known, not after it, no catch-up under way. */
		boolean windowed(LocalDate today) {
			return catchUpDay == null && lastDay != null && !today.isBefore(lastDay);
		}
	}
}
