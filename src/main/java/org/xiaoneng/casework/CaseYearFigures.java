package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;

/**
 * A year's casework in figures for the performance evaluation (绩效考评, rule 八), set-based: one query for every
 * department and staff member, and the cases behind one person's or department's figures as their evidence. A
 * completed case counts for the staff member who worked its last step. The caller (the evaluation module) checks who
 * may read them.
 */
@Service
public class CaseYearFigures {

	/** At most this many cases are listed as one figure's evidence, the latest completed first. */
	public static final int EVIDENCE_LIMIT = 500;

	private final JdbcClient jdbc;

	CaseYearFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's completed cases per department and staff member (staff {@code null} where no person was named).
	 *
	 * @param departmentId the department
	 * @param staffId who worked the last step, or {@code null}
	 * @param completed cases completed in the year
	 * @param onTime of those, completed by the promised deadline
	 * @param workingDaysUsed the working days they used, pauses not counted
	 * @param daysPromised the days they were promised
	 * @param badRatings their ratings at 不满意 or worse
	 */
	public record Figures(long departmentId, Long staffId, long completed, long onTime, long workingDaysUsed,
			long daysPromised, long badRatings) {
	}

	/**
	 * A case behind a figure.
	 *
	 * @param caseId the case, for its page
	 * @param caseNumber its number
	 * @param itemName what was applied for
	 * @param completedOn when it was completed
	 * @param onTime whether by the promised deadline
	 * @param workingDaysUsed the working days used
	 * @param daysPromised the days promised
	 * @param rating the overall rating (5 非常满意 … 1 非常不满意), or {@code null}
	 */
	public record Evidence(long caseId, String caseNumber, String itemName, LocalDate completedOn, boolean onTime,
			int workingDaysUsed, int daysPromised, Integer rating) {
	}

	/** Every department's and staff member's figures of the year, in one pass over the year's completed cases. */
	@Transactional(readOnly = true)
	public List<Figures> ofYear(int year) {
		return figures(year, "", null);
	}

	/** One staff member's figures of the year, per department, by the same query restricted to them. */
	@Transactional(readOnly = true)
	public List<Figures> ofStaff(StaffId staffId, int year) {
		return figures(year, "and c.current_staff_id = :staff", staffId.value());
	}

	private List<Figures> figures(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select c.department_id, c.current_staff_id, count(*) as completed,
				  count(*) filter (where f.on_time) as on_time, coalesce(sum(f.working_days_used), 0) as used,
				  coalesce(sum(c.promised_days), 0) as promised, count(r.case_id) filter (where r.overall <= 2) as bad
				from casework.commitment_fact f
				join casework.case_file c on c.id = f.case_id
				left join casework.rating r on r.case_id = f.case_id
				where f.completed_on >= :from and f.completed_on < :to %s
				group by c.department_id, c.current_staff_id""".formatted(whose))
			.param("staff", staffId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new Figures(rs.getLong("department_id"), rs.getObject("current_staff_id", Long.class),
					rs.getLong("completed"), rs.getLong("on_time"), rs.getLong("used"), rs.getLong("promised"),
					rs.getLong("bad")))
			.list();
	}

	/** The year's completed cases of a staff member, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> casesOfStaff(StaffId staffId, int year) {
		return evidence("c.current_staff_id = :who", staffId.value(), year);
	}

	/** The year's completed cases of a department, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> casesOfDepartment(DepartmentId departmentId, int year) {
		return evidence("c.department_id = :who", departmentId.value(), year);
	}

	private List<Evidence> evidence(String whose, long who, int year) {
		return jdbc.sql("""
				select c.id, c.case_number, c.item_name, f.completed_on, coalesce(f.on_time, false) as on_time,
				  coalesce(f.working_days_used, 0) as used, coalesce(c.promised_days, 0) as promised, r.overall
				from casework.commitment_fact f
				join casework.case_file c on c.id = f.case_id
				left join casework.rating r on r.case_id = f.case_id
				where f.completed_on >= :from and f.completed_on < :to and %s
				order by f.completed_on desc, c.id desc limit :limit""".formatted(whose))
			.param("who", who)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.param("limit", EVIDENCE_LIMIT)
			.query((rs, row) -> new Evidence(rs.getLong("id"), rs.getString("case_number"), rs.getString("item_name"),
					rs.getObject("completed_on", LocalDate.class), rs.getBoolean("on_time"), rs.getInt("used"),
					rs.getInt("promised"), rs.getObject("overall", Integer.class)))
			.list();
	}
}
