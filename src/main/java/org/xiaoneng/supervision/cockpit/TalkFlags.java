package org.xiaoneng.supervision.cockpit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.organization.Organization;

/** The 约谈 flags: a department last in its unit's ranking two months running, once per month of the flag. */
@Repository
class TalkFlags {

	private final JdbcClient jdbc;

	private final Organization organization;

	private final Clock clock;

	TalkFlags(JdbcClient jdbc, Organization organization, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * A department flagged for a talk with the leader.
	 *
	 * @param month the second month running it was last in
	 */
	record Talk(long departmentId, String departmentName, YearMonth month) {
	}

	/** Records the flag; {@code false} when it was recorded before. */
	boolean flag(long unitId, long departmentId, YearMonth month) {
		return jdbc.sql("""
				insert into supervision.talk_flag (unit_id, department_id, month, flagged_at)
				values (:unit, :department, :month, :now) on conflict do nothing""")
			.param("unit", unitId)
			.param("department", departmentId)
			.param("month", month.atDay(1))
			.param("now", Columns.time(clock.instant()))
			.update() == 1;
	}

	/** The unit's flags for the month. */
	List<Talk> of(long unitId, YearMonth month) {
		return jdbc.sql("select department_id, month from supervision.talk_flag where unit_id = :unit and month = :month"
				+ " order by department_id")
			.param("unit", unitId)
			.param("month", month.atDay(1))
			.query((rs, n) -> new Talk(rs.getLong("department_id"),
					organization.department(new DepartmentId(rs.getLong("department_id"))).name(),
					YearMonth.from(rs.getObject("month", LocalDate.class))))
			.list();
	}
}
