package org.xiaoneng.supervision.cockpit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;

/**
 * The cockpit's own record of what happened, written by its listeners: one row per case heard of, a running sum
 * per day, unit and department, and each unit's count of open cases. Each fact is set once, and a day's sum grows only when its fact was new, so that a
 * redelivered event (the registry redelivers after a crash) is not counted twice.
 */
@Repository
class DailyFigures {

	/** Department 0: the event names no department (intake, acceptance, complaints). */
	static final long NO_DEPARTMENT = 0;

	private final JdbcClient jdbc;

	private final Clock clock;

	DailyFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void received(long caseId, long unitId, LocalDate on) {
		int changed = jdbc.sql("""
				insert into supervision.cockpit_case (case_id, unit_id, received_on) values (:id, :unit, :on)
				on conflict (case_id) do update set received_on = excluded.received_on
				where cockpit_case.received_on is null""")
			.param("id", caseId)
			.param("unit", unitId)
			.param("on", on)
			.update();
		if (changed == 1) {
			add(on, unitId, NO_DEPARTMENT, Map.of("received", 1));
		}
	}

	void accepted(long caseId, long unitId, String caseNumber, LocalDate on, LocalDate deadline) {
		// a row comes back only when the acceptance is new; it opens the case unless it was closed first
		Optional<Boolean> opened = jdbc.sql("""
				insert into supervision.cockpit_case (case_id, unit_id, case_number, accepted_on, deadline)
				values (:id, :unit, :number, :on, :deadline)
				on conflict (case_id) do update set case_number = excluded.case_number,
				    accepted_on = excluded.accepted_on, deadline = excluded.deadline
				where cockpit_case.accepted_on is null
				returning closed_on is null""")
			.param("id", caseId)
			.param("unit", unitId)
			.param("number", caseNumber)
			.param("on", on)
			.param("deadline", deadline)
			.query(Boolean.class)
			.optional();
		if (opened.isPresent()) {
			add(on, unitId, NO_DEPARTMENT, Map.of("accepted", 1));
			if (opened.get()) {
				open(unitId, 1);
			}
		}
	}

	/**
	 * A case completed: on time against the promised deadline and, where the law sets a limit, against the statutory
	 * one ({@code statutoryDeadline} and {@code onTimeStatutory} {@code null} where it sets none).
	 */
	void completed(long caseId, long unitId, long departmentId, LocalDate on, LocalDate deadline, boolean onTime,
			LocalDate statutoryDeadline, Boolean onTimeStatutory, int daysUsed, int daysPromised) {
		close(caseId, unitId, on);
		int changed = jdbc.sql("""
				insert into supervision.cockpit_case (case_id, unit_id, department_id, deadline, closed_on,
				    completed_on, on_time, statutory_deadline, on_time_statutory)
				values (:id, :unit, :department, :deadline, :on, :on, :onTime, :statutoryDeadline, :onTimeStatutory)
				on conflict (case_id) do update set department_id = excluded.department_id,
				    deadline = excluded.deadline, completed_on = excluded.completed_on, on_time = excluded.on_time,
				    statutory_deadline = excluded.statutory_deadline, on_time_statutory = excluded.on_time_statutory
				where cockpit_case.completed_on is null""")
			.param("id", caseId)
			.param("unit", unitId)
			.param("department", departmentId)
			.param("deadline", deadline)
			.param("on", on)
			.param("onTime", onTime)
			.param("statutoryDeadline", statutoryDeadline)
			.param("onTimeStatutory", onTimeStatutory)
			.update();
		if (changed == 1) {
			add(on, unitId, departmentId, Map.of("completed", 1, "on_time", onTime ? 1 : 0, "days_used", daysUsed,
					"days_promised", daysPromised, "with_statutory", onTimeStatutory == null ? 0 : 1,
					"on_time_statutory", Boolean.TRUE.equals(onTimeStatutory) ? 1 : 0));
		}
	}

	void withdrawn(long caseId, long unitId, LocalDate on) {
		close(caseId, unitId, on);
	}

	/** Records the day a case closed, once; a case that was open (accepted) leaves the unit's open count. */
	private void close(long caseId, long unitId, LocalDate on) {
		Optional<Boolean> wasOpen = jdbc.sql("""
				insert into supervision.cockpit_case (case_id, unit_id, closed_on) values (:id, :unit, :on)
				on conflict (case_id) do update set closed_on = excluded.closed_on
				where cockpit_case.closed_on is null
				returning accepted_on is not null""")
			.param("id", caseId)
			.param("unit", unitId)
			.param("on", on)
			.query(Boolean.class)
			.optional();
		if (wasOpen.orElse(false)) {
			open(unitId, -1);
		}
	}

	private void open(long unitId, int delta) {
		jdbc.sql("""
				insert into supervision.open_case_count (unit_id, open) values (:unit, :delta)
				on conflict (unit_id) do update set open = open_case_count.open + excluded.open""")
			.param("unit", unitId)
			.param("delta", delta)
			.update();
	}

	void rated(long caseId, long unitId, long departmentId, int overall, LocalDate on) {
		int changed = jdbc.sql("""
				insert into supervision.cockpit_case (case_id, unit_id, department_id, rating, rated_on)
				values (:id, :unit, :department, :rating, :on)
				on conflict (case_id) do update set department_id = excluded.department_id,
				    rating = excluded.rating, rated_on = excluded.rated_on
				where cockpit_case.rated_on is null""")
			.param("id", caseId)
			.param("unit", unitId)
			.param("department", departmentId)
			.param("rating", overall)
			.param("on", on)
			.update();
		if (changed == 1) {
			add(on, unitId, departmentId, Map.of("rated", 1, "satisfied", Satisfaction.satisfied(overall) ? 1 : 0,
					"dissatisfied", Satisfaction.dissatisfied(overall) ? 1 : 0));
		}
	}

	void complained(long inquiryId, long unitId, LocalDate on) {
		int changed = jdbc.sql("""
				insert into supervision.cockpit_complaint (inquiry_id, unit_id, registered_on)
				values (:id, :unit, :on) on conflict (inquiry_id) do nothing""")
			.param("id", inquiryId)
			.param("unit", unitId)
			.param("on", on)
			.update();
		if (changed == 1) {
			add(on, unitId, NO_DEPARTMENT, Map.of("complaints", 1));
		}
	}

	// The column names come from this class only, never from a request.
	private void add(LocalDate day, long unitId, long departmentId, Map<String, Integer> deltas) {
		Map<String, Integer> columns = new LinkedHashMap<>(deltas);
		String names = String.join(", ", columns.keySet());
		String values = columns.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
		String sums = columns.keySet()
			.stream()
			.map(column -> column + " = daily_figure." + column + " + excluded." + column)
			.collect(Collectors.joining(", "));
		var statement = jdbc.sql("insert into supervision.daily_figure (day, unit_id, department_id, " + names
				+ ", updated_at) values (:day, :unit, :department, " + values + ", :now)"
				+ " on conflict (day, unit_id, department_id) do update set " + sums + ", updated_at = excluded.updated_at")
			.param("day", day)
			.param("unit", unitId)
			.param("department", departmentId)
			.param("now", Columns.time(clock.instant()));
		for (var column : columns.entrySet()) {
			statement = statement.param(column.getKey(), column.getValue());
		}
		statement.update();
	}
}
