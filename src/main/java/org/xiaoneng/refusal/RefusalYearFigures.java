package org.xiaoneng.refusal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.StaffId;

/**
 * A year's refusal filings (否定报备制) in figures for the performance evaluation (绩效考评, rule 八), set-based: the
 * filings made in the year and decided, per department and the handler who filed them, and how many of those stood
 * (in effect: neither overruled by the leader nor found wrong on review); with the filings behind one person's or
 * department's figure as their evidence. A filing still waiting for its decision counts in neither. The caller (the
 * evaluation module) checks who may read them.
 */
@Service
public class RefusalYearFigures {

	/** At most this many filings are listed as one figure's evidence, the latest first. */
	public static final int EVIDENCE_LIMIT = 500;

	private final JdbcClient jdbc;

	RefusalYearFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's decided filings of a department and handler.
	 *
	 * @param departmentId the department
	 * @param staffId the handler who filed
	 * @param decided filings made in the year and decided
	 * @param stood of those, in effect
	 */
	public record Figures(long departmentId, long staffId, long decided, long stood) {
	}

	/**
	 * A filing behind a figure.
	 *
	 * @param filingId the filing, for its page
	 * @param reference the case's number or the inquiry's query code
	 * @param itemName the service item refused
	 * @param filedOn the day it was filed
	 * @param state where it stands: in effect, overruled or found wrong
	 */
	public record Evidence(long filingId, String reference, String itemName, LocalDate filedOn, RefusalState state) {

		/** The refusal stood. */
		public boolean stood() {
			return state == RefusalState.IN_EFFECT;
		}
	}

	/** Every department's and handler's decided filings of the year, in one pass. */
	@Transactional(readOnly = true)
	public List<Figures> ofYear(int year) {
		return figures(year, "", null);
	}

	/** One handler's figures of the year, per department, by the same query restricted to them. */
	@Transactional(readOnly = true)
	public List<Figures> ofStaff(StaffId staffId, int year) {
		return figures(year, "and handler_staff_id = :staff", staffId.value());
	}

	private List<Figures> figures(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select department_id, handler_staff_id, count(*) as decided,
				  count(*) filter (where state = 'IN_EFFECT') as stood
				from refusal.filing
				where filed_on >= :from and filed_on < :to and state in ('IN_EFFECT', 'OVERRULED', 'FOUND_WRONG') %s
				group by department_id, handler_staff_id""".formatted(whose))
			.param("staff", staffId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new Figures(rs.getLong("department_id"), rs.getLong("handler_staff_id"),
					rs.getLong("decided"), rs.getLong("stood")))
			.list();
	}

	/** The year's decided filings of a handler, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> filingsOfStaff(long staffId, int year) {
		return evidence("handler_staff_id = :who", staffId, year);
	}

	/** The year's decided filings of a department, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> filingsOfDepartment(long departmentId, int year) {
		return evidence("department_id = :who", departmentId, year);
	}

	private List<Evidence> evidence(String whose, long who, int year) {
		return jdbc.sql("""
				select id, case_reference, item_name, filed_on, state from refusal.filing
				where filed_on >= :from and filed_on < :to and state in ('IN_EFFECT', 'OVERRULED', 'FOUND_WRONG')
				  and %s
				order by filed_on desc, id desc limit :limit""".formatted(whose))
			.param("who", who)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.param("limit", EVIDENCE_LIMIT)
			.query((rs, row) -> new Evidence(rs.getLong("id"), rs.getString("case_reference"),
					rs.getString("item_name"), rs.getObject("filed_on", LocalDate.class),
					RefusalState.valueOf(rs.getString("state"))))
			.list();
	}
}
