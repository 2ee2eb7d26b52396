package org.xiaoneng.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.accountability.AccountabilityDecided;
import org.xiaoneng.accountability.Sanction;

/**
 * The accountability decisions of each year as evaluation heard of them: counted by a computed figure, and the reason
 * a person or department cannot be rated 优秀. Recorded once per case, however often the event is redelivered.
 */
@Repository
class Sanctions {

	/**
	 * A decision as it counts for the year.
	 *
	 * @param caseId the accountability case
	 * @param departmentId the subject's department, or {@code null}
	 * @param staffId the subject, or {@code null} for a department
	 * @param sanctions what was decided, lightest first
	 * @param notEligibleForExcellent whether it rules out 优秀
	 * @param decidedOn the day
	 */
	record Decision(long caseId, Long departmentId, Long staffId, String sanctions, boolean notEligibleForExcellent,
			LocalDate decidedOn) {
	}

	private final JdbcClient jdbc;

	Sanctions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(AccountabilityDecided decided) {
		jdbc.sql("""
				insert into evaluation.sanction (case_id, year, unit_id, department_id, staff_id, sanctions,
				  not_eligible_for_excellent, decided_on)
				values (:case, :year, :unit, :department, :staff, :sanctions, :blocked, :on) on conflict do nothing""")
			.param("case", decided.caseId().value())
			.param("year", decided.year())
			.param("unit", decided.unitId())
			.param("department", decided.departmentId())
			.param("staff", decided.staffId() == null ? null : decided.staffId().value())
			.param("sanctions", decided.sanctions().stream().map(Sanction::name).collect(Collectors.joining(",")))
			.param("blocked", decided.notEligibleForExcellent())
			.param("on", decided.decidedOn())
			.update();
	}

	/** The year's decisions. */
	List<Decision> ofYear(int year) {
		return decisions(year, "", null);
	}

	/** The year's decisions about one staff member. */
	List<Decision> ofStaff(long staffId, int year) {
		return decisions(year, "and staff_id = :staff", staffId);
	}

	private List<Decision> decisions(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select case_id, department_id, staff_id, sanctions, not_eligible_for_excellent, decided_on
				from evaluation.sanction where year = :year %s order by decided_on, case_id""".formatted(whose))
			.param("staff", staffId)
			.param("year", year)
			.query((rs, row) -> new Decision(rs.getLong("case_id"), rs.getObject("department_id", Long.class),
					rs.getObject("staff_id", Long.class), rs.getString("sanctions"),
					rs.getBoolean("not_eligible_for_excellent"), rs.getObject("decided_on", LocalDate.class)))
			.list();
	}
}
