package org.xiaoneng.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.CommitmentMeasurements;
import org.xiaoneng.catalog.CommitmentMetric;
import org.xiaoneng.catalog.Measurement;
import org.xiaoneng.common.UnitId;

/**
 * The measured side of the service commitments (服务承诺制): a read model fed by casework's own events in the same
 * transaction as the change, answering the catalog's {@link CommitmentMeasurements} per unit and period.
 */
@Component
class CommitmentFacts implements CommitmentMeasurements {

	private final JdbcClient jdbc;

	CommitmentFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The completed case's fact, with what the evaluation's figures of the staff member who worked the last step
	 * need (their department, the promised days, whether the rating is bad), read from the case file just saved, so
	 * that one person's year is one range read (docs/decisions/0056).
	 */
	@EventListener
	void on(CaseCompleted completed) {
		jdbc.sql("""
				insert into casework.commitment_fact (case_id, unit_id, completed_on, on_time, on_time_statutory,
				working_days_used, department_id, staff_id, promised_days, bad_rating)
				select c.id, :unit, :on, :onTime, :statutory, :used, c.department_id, c.current_staff_id, c.promised_days,
				coalesce(r.overall <= 2, false)
				from casework.case_file c left join casework.rating r on r.case_id = c.id where c.id = :case
				on conflict (case_id) do update set completed_on = :on, on_time = :onTime, on_time_statutory = :statutory,
				working_days_used = :used, department_id = excluded.department_id, staff_id = excluded.staff_id,
				promised_days = excluded.promised_days, bad_rating = excluded.bad_rating""")
			.param("case", completed.caseId())
			.param("unit", completed.unitId())
			.param("on", completed.completedOn())
			.param("onTime", completed.onTime())
			.param("statutory", completed.onTimeStatutory())
			.param("used", completed.workingDaysUsed())
			.update();
	}

	@EventListener
	void on(StepSigned signed) {
		jdbc.sql("""
				insert into casework.commitment_fact (case_id, unit_id, handovers, handovers_same_day)
				values (:case, :unit, 1, :same) on conflict (case_id) do update set
				handovers = casework.commitment_fact.handovers + 1,
				handovers_same_day = casework.commitment_fact.handovers_same_day + :same""")
			.param("case", signed.caseId())
			.param("unit", signed.unitId())
			.param("same", signed.sameDay() ? 1 : 0)
			.update();
	}

	@EventListener
	void on(CaseRated rated) {
		jdbc.sql("""
				insert into casework.commitment_fact (case_id, unit_id, rated_on, satisfied, bad_rating)
				values (:case, :unit, :on, :ok, :bad)
				on conflict (case_id) do update set rated_on = :on, satisfied = :ok, bad_rating = :bad""")
			.param("case", rated.caseId())
			.param("unit", rated.unitId())
			.param("on", rated.ratedOn())
			.param("ok", rated.overall() >= 4)
			.param("bad", rated.overall() <= 2)
			.update();
	}

	/** A completion undone (a refusal found wrong) is measured no more. */
	void forget(long caseId) {
		jdbc.sql("delete from casework.commitment_fact where case_id = :id").param("id", caseId).update();
	}

	@Override
	public Optional<Measurement> measure(UnitId unitId, CommitmentMetric metric, LocalDate from, LocalDate toInclusive) {
		String sql = switch (metric) {
			case ON_TIME_COMPLETION_RATE -> """
					select count(*) as n, 100.0 * count(*) filter (where on_time) / nullif(count(*), 0) as v
					from casework.commitment_fact where unit_id = :unit and completed_on between :from and :to""";
			// cases whose item sets no statutory limit are not in its sample
			case STATUTORY_ON_TIME_RATE -> """
					select count(*) as n, 100.0 * count(*) filter (where on_time_statutory) / nullif(count(*), 0) as v
					from casework.commitment_fact where unit_id = :unit and completed_on between :from and :to
					and on_time_statutory is not null""";
			case AVERAGE_WORKING_DAYS_USED -> """
					select count(*) as n, avg(working_days_used) as v
					from casework.commitment_fact where unit_id = :unit and completed_on between :from and :to""";
			case SAME_DAY_SIGN_OFF_RATE -> """
					select coalesce(sum(handovers), 0) as n,
					100.0 * sum(handovers_same_day) / nullif(sum(handovers), 0) as v
					from casework.commitment_fact f join casework.case_file c on c.id = f.case_id
					where f.unit_id = :unit and c.accepted_on between :from and :to""";
			case SATISFACTION_RATE -> """
					select count(*) as n, 100.0 * count(*) filter (where satisfied) / nullif(count(*), 0) as v
					from casework.commitment_fact where unit_id = :unit and rated_on between :from and :to""";
		};
		Map<String, Object> row = jdbc.sql(sql)
			.param("unit", unitId.value())
			.param("from", from)
			.param("to", toInclusive)
			.query()
			.singleRow();
		long sample = ((Number) row.get("n")).longValue();
		if (sample == 0 || row.get("v") == null) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(row.get("v").toString()).setScale(1, RoundingMode.HALF_UP);
		return Optional.of(new Measurement(value, sample));
	}
}
