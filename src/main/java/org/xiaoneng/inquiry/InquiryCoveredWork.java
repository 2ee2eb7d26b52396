package org.xiaoneng.inquiry;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.substitution.CoveredCount;
import org.xiaoneng.substitution.CoveredItem;
import org.xiaoneng.substitution.CoveredWorkSource;

/**
 * The inquiries a substitute closed while holding them for a post's absent holder (代岗), with the deadline each ran
 * against, so that the substitute's record measures them as the holder's own matters are measured (the source text
 * 六(五)).
 */
@Component
class InquiryCoveredWork implements CoveredWorkSource {

	private static final ZoneId ZONE = Clocks.BUSINESS_ZONE;

	private final JdbcClient jdbc;

	InquiryCoveredWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CoveredItem> coveredBy(StaffId staffId, LocalDate from, LocalDate to) {
		return covered("handler_id = :who", staffId.value(), from, to);
	}

	@Override
	public List<CoveredItem> coveredIn(DepartmentId departmentId, LocalDate from, LocalDate to) {
		return covered("department_id = :who", departmentId.value(), from, to);
	}

	@Override
	public List<CoveredCount> countedBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select department_id, handler_id, count(*) as done,
				  count(*) filter (where (closed_at at time zone :zone)::date <= deadline) as on_time
				from inquiry.inquiry
				where handler_on_behalf and state = 'CLOSED' and closed_at >= :from and closed_at < :to
				  and post_id is not null and department_id is not null and handler_id is not null
				group by department_id, handler_id""")
			.param("zone", ZONE.getId())
			.param("from", time(from.atStartOfDay(ZONE).toInstant()))
			.param("to", time(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
			.query((rs, row) -> new CoveredCount(rs.getLong("department_id"), rs.getLong("handler_id"),
					rs.getLong("done"), rs.getLong("on_time")))
			.list();
	}

	private List<CoveredItem> covered(String whose, long who, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select id, query_code, subject, post_id, deadline, closed_at from inquiry.inquiry
				where %s and handler_on_behalf and state = 'CLOSED'
				and closed_at >= :from and closed_at < :to and post_id is not null
				order by closed_at desc, id""".formatted(whose))
			.param("who", who)
			.param("from", time(from.atStartOfDay(ZONE).toInstant()))
			.param("to", time(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
			.query((rs, row) -> new CoveredItem("inquiry", String.valueOf(rs.getLong("id")),
					"首问 " + rs.getString("query_code") + " " + rs.getString("subject"),
					"/inquiries/" + rs.getLong("id"), rs.getLong("post_id"), rs.getObject("deadline", LocalDate.class),
					LocalDate.ofInstant(instant(rs, "closed_at"), ZONE)))
			.list();
	}
}
