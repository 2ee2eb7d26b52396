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

	@EventListener
	void on(CaseCompleted completed) {
		jdbc.sql("""
				insert into casework.commitment_fact (case_id, unit_id, completed_on, on_time, on_time_statutory,
				working_days_used) values (:case, :unit, :on, :onTime, :statutory, :used)
				on conflict (case_id) do update set completed_on = :on, on_time = :onTime, on_time_statutory = :statutory,
				working_days_used = :used""")
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
				insert into casework.commitment_fact (case_id, unit_id, rated_on, satisfied) values (:case, :unit, :on, :ok)
				on conflict (case_id) do update set rated_on = :on, satisfied = :ok""")
			.param("case", rated.caseId())
			.param("unit", rated.unitId())
			.param("on", rated.ratedOn())
			.param("ok", rated.overall() >= 4)
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
