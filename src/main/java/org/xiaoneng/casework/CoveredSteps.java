package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.substitution.CoveredItem;
import org.xiaoneng.substitution.CoveredWorkSource;

/**
 * The case steps a substitute completed on a holder's behalf (代岗), with the day each was due, so that the
 * substitute's record measures them as the holder's own steps are measured.
 */
@Component
class CoveredSteps implements CoveredWorkSource {

	private final JdbcClient jdbc;

	CoveredSteps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CoveredItem> coveredBy(long staffId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select c.id, c.case_number, c.item_name, s.number, s.name, s.post_id, s.due_on, s.completed_on
				from casework.case_step s join casework.case_file c on c.id = s.case_id
				where s.staff_id = :staff and s.on_behalf and s.completed_on between :from and :to
				order by s.completed_on desc, c.id, s.number""")
			.param("staff", staffId)
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
