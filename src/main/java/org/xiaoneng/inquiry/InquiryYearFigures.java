package org.xiaoneng.inquiry;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.StaffId;

/**
 * A year's first inquiries (首问负责制) in figures for the performance evaluation (绩效考评, rule 八), set-based: the
 * ordinary matters answered and closed in the year per department and the staff member who held them then, and how
 * many of those were answered by their deadline (an approved extension moves it); with the inquiries behind one
 * person's or department's figure as their evidence. Complaints and reports (the supervisors' confidential queue) are
 * not counted. The caller (the evaluation module) checks who may read them.
 */
@Service
public class InquiryYearFigures {

	/** At most this many inquiries are listed as one figure's evidence, the latest closed first. */
	public static final int EVIDENCE_LIMIT = 500;

	private final JdbcClient jdbc;

	InquiryYearFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's answered inquiries of a department and the staff member who held them ({@code null} where none).
	 *
	 * @param departmentId the department
	 * @param staffId who held the matter when it was answered, or {@code null}
	 * @param answered ordinary inquiries answered and closed in the year
	 * @param inTime of those, answered by their deadline
	 */
	public record Figures(long departmentId, Long staffId, long answered, long inTime) {
	}

	/**
	 * An inquiry behind a figure.
	 *
	 * @param inquiryId the inquiry, for its page
	 * @param queryCode its query code
	 * @param subject what was asked
	 * @param answeredOn the day it was answered
	 * @param deadline the day it was due
	 */
	public record Evidence(long inquiryId, String queryCode, String subject, LocalDate answeredOn, LocalDate deadline) {

		/** Answered by its deadline. */
		public boolean inTime() {
			return !answeredOn.isAfter(deadline);
		}
	}

	/** Every department's and handler's answered inquiries of the year, in one pass. */
	@Transactional(readOnly = true)
	public List<Figures> ofYear(int year) {
		return figures(year, "", null);
	}

	/** One handler's figures of the year, per department, by the same query restricted to them. */
	@Transactional(readOnly = true)
	public List<Figures> ofStaff(StaffId staffId, int year) {
		return figures(year, "and handler_id = :staff", staffId.value());
	}

	private List<Figures> figures(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select department_id, handler_id, count(*) as answered,
				  count(*) filter (where (closed_at at time zone :zone)::date <= deadline) as in_time
				from inquiry.inquiry
				where state = 'CLOSED' and not confidential and department_id is not null
				  and closed_at >= :from and closed_at < :to %s
				group by department_id, handler_id""".formatted(whose))
			.param("staff", staffId)
			.param("zone", Clocks.BUSINESS_ZONE.getId())
			.param("from", start(year))
			.param("to", start(year + 1))
			.query((rs, row) -> new Figures(rs.getLong("department_id"), rs.getObject("handler_id", Long.class),
					rs.getLong("answered"), rs.getLong("in_time")))
			.list();
	}

	/** The year's answered inquiries a staff member held, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> inquiriesOfStaff(long staffId, int year) {
		return evidence("handler_id = :who", staffId, year);
	}

	/** The year's answered inquiries of a department, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> inquiriesOfDepartment(long departmentId, int year) {
		return evidence("department_id = :who", departmentId, year);
	}

	private List<Evidence> evidence(String whose, long who, int year) {
		return jdbc.sql("""
				select id, query_code, subject, closed_at, deadline from inquiry.inquiry
				where state = 'CLOSED' and not confidential and closed_at >= :from and closed_at < :to and %s
				order by closed_at desc, id desc limit :limit""".formatted(whose))
			.param("who", who)
			.param("from", start(year))
			.param("to", start(year + 1))
			.param("limit", EVIDENCE_LIMIT)
			.query((rs, row) -> new Evidence(rs.getLong("id"), rs.getString("query_code"), rs.getString("subject"),
					LocalDate.ofInstant(instant(rs, "closed_at"), Clocks.BUSINESS_ZONE),
					rs.getObject("deadline", LocalDate.class)))
			.list();
	}

	private static OffsetDateTime start(int year) {
		return time(LocalDate.of(year, 1, 1).atStartOfDay(Clocks.BUSINESS_ZONE).toInstant());
	}
}
