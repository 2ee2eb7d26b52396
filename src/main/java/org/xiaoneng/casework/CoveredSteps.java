package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.substitution.CoveredCount;
import org.xiaoneng.substitution.CoveredItem;
import org.xiaoneng.substitution.CoveredWorkSource;

/**
 * The case steps a substitute completed on a holder's behalf (代岗), with the day each was due, so that the
 * substitute's record measures them as the holder's own steps are measured, and the year's evaluation counts them.
 */
@Component
class CoveredSteps implements CoveredWorkSource {

	private final JdbcClient jdbc;

	CoveredSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CoveredItem> coveredBy(StaffId staffId, LocalDate from, LocalDate to) {
		return covered("s.staff_id = :who", staffId.value(), from, to);
	}

	@Override
	public List<CoveredItem> coveredIn(DepartmentId departmentId, LocalDate from, LocalDate to) {
		return covered("c.department_id = :who", departmentId.value(), from, to);
	}

	@Override
	public List<CoveredCount> countedBetween(LocalDate from, LocalDate to) {
		return counted(from, to, "", null);
	}

	@Override
	public List<CoveredCount> countedBetween(StaffId staffId, LocalDate from, LocalDate to) {
		return counted(from, to, "and s.staff_id = :staff", staffId.value());
	}

	private List<CoveredCount> counted(LocalDate from, LocalDate to, String whose, Long staffId) {
		return jdbc.sql("""
				select c.department_id, s.staff_id, count(*) as done,
				  count(*) filter (where s.due_on is null or s.completed_on <= s.due_on) as on_time
				from casework.case_step s join casework.case_file c on c.id = s.case_id
				where s.on_behalf and s.staff_id is not null and s.completed_on between :from and :to %s
				group by c.department_id, s.staff_id""".formatted(whose))
			.param("staff", staffId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new CoveredCount(rs.getLong("department_id"), rs.getLong("staff_id"),
					rs.getLong("done"), rs.getLong("on_time")))
			.list();
	}

	private List<CoveredItem> covered(String whose, long who, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select c.id, c.case_number, c.item_name, s.number, s.name, s.post_id, s.due_on, s.completed_on
				from casework.case_step s join casework.case_file c on c.id = s.case_id
				where %s and s.on_behalf and s.completed_on between :from and :to
				order by s.completed_on desc, c.id, s.number""".formatted(whose))
			.param("who", who)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new CoveredItem("casework", rs.getLong("id") + "/" + rs.getInt("number"),
					"办件 " + rs.getString("case_number") + " " + rs.getString("item_name") + "（" + rs.getString("name")
							+ "）",
					"/cases/" + rs.getLong("id"), rs.getLong("post_id"), CaseFiles.date(rs, "due_on"),
					CaseFiles.date(rs, "completed_on")))
			.list();
	}
}
