package org.xiaoneng.casework;

import static org.xiaoneng.common.Columns.instant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;

/**
 * A year's casework in figures for the performance evaluation (绩效考评, rule 八), set-based: one query for every
 * department and staff member, and the cases behind one person's or department's figures as their evidence. A
 * completed case counts for the staff member who worked its last step. Two more figures have their own populations
 * (docs/decisions/0042): the one-time notices (一次性告知) of the year, for whoever issued a case's first notice, and
 * the rectifications (核实整改) bad ratings opened in the year, for the head who owns them. The caller (the evaluation
 * module) checks who may read them.
 */
@Service
public class CaseYearFigures {

	/** At most this many cases are listed as one figure's evidence, the latest completed first. */
	public static final int EVIDENCE_LIMIT = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseYearFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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

	/**
	 * The year's cases whose applicant was owed a one-time notice (一次性告知, 行政许可法 第三十二条), per department
	 * and the staff member who issued the first notice ({@code null} where none was issued or the issuer is not known).
	 * A case counts in the year of its first correction notice, or, without one, in the year it was deemed accepted
	 * because no notice came within the 5 working days. It was told everything at once when it had exactly one notice
	 * and was not deemed accepted afterwards (a second notice counts against the one-time rule; a lapsed period means
	 * the applicant was not told within the legal days).
	 *
	 * @param departmentId the case's department
	 * @param staffId who issued its first notice, or {@code null}
	 * @param cases the cases owed a notice
	 * @param toldAtOnce of those, told everything at once and in time
	 */
	public record NoticeFigures(long departmentId, Long staffId, long cases, long toldAtOnce) {
	}

	/**
	 * A case behind the one-time-notice figure.
	 *
	 * @param caseId the case, for its page
	 * @param reference its number, or its query code before acceptance
	 * @param itemName what was applied for
	 * @param on the day of its first notice, or of its deemed acceptance
	 * @param notices the correction notices issued on it
	 * @param deemedAccepted whether the notice period lapsed
	 */
	public record NoticeEvidence(long caseId, String reference, String itemName, LocalDate on, int notices,
			boolean deemedAccepted) {

		/** One notice, in time: everything was listed at once. */
		public boolean toldAtOnce() {
			return notices == 1 && !deemedAccepted;
		}
	}

	/**
	 * The rectifications (核实整改) that the year's bad ratings opened, per department and the head who owns them, and
	 * how many were closed (findings, measures, call-back) by their due day. One still open and not yet due counts in
	 * neither.
	 *
	 * @param departmentId the handler's department
	 * @param staffId its head who owns the task, or {@code null}
	 * @param due the rectifications closed or past their due day
	 * @param inTime of those, closed by their due day
	 */
	public record RectificationFigures(long departmentId, Long staffId, long due, long inTime) {
	}

	/**
	 * A rectification behind a figure.
	 *
	 * @param caseId the rated case, for its page
	 * @param caseNumber its number
	 * @param openedOn the day the bad rating opened it
	 * @param dueOn its due day
	 * @param closedOn the day it was closed, or {@code null}
	 */
	public record RectificationEvidence(long caseId, String caseNumber, LocalDate openedOn, LocalDate dueOn,
			LocalDate closedOn) {

		/** Closed by its due day. */
		public boolean inTime() {
			return closedOn != null && !closedOn.isAfter(dueOn);
		}
	}

	/** Every department's and staff member's figures of the year, in one pass over the year's completed cases. */
	@Transactional(readOnly = true)
	public List<Figures> ofYear(int year) {
		return figures(year, "", null);
	}

	/** One staff member's figures of the year, per department, by the same query restricted to them. */
	@Transactional(readOnly = true)
	public List<Figures> ofStaff(StaffId staffId, int year) {
		return figures(year, "and f.staff_id = :staff", staffId.value());
	}

	/**
	 * The completed cases' facts alone: each carries its department, its last step's staff member, the promised days
	 * and whether its rating is bad (casework V17), so the year reads one table and one person one index range.
	 */
	private List<Figures> figures(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select f.department_id, f.staff_id, count(*) as completed,
				  count(*) filter (where f.on_time) as on_time, coalesce(sum(f.working_days_used), 0) as used,
				  coalesce(sum(f.promised_days), 0) as promised, count(*) filter (where f.bad_rating) as bad
				from casework.commitment_fact f
				where f.completed_on >= :from and f.completed_on < :to %s
				group by f.department_id, f.staff_id""".formatted(whose))
			.param("staff", staffId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new Figures(rs.getLong("department_id"), rs.getObject("staff_id", Long.class),
					rs.getLong("completed"), rs.getLong("on_time"), rs.getLong("used"), rs.getLong("promised"),
					rs.getLong("bad")))
			.list();
	}

	/** The year's completed cases of a staff member, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> casesOfStaff(StaffId staffId, int year) {
		return evidence("f.staff_id = :who", staffId.value(), year);
	}

	/** The year's completed cases of a department, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<Evidence> casesOfDepartment(DepartmentId departmentId, int year) {
		return evidence("f.department_id = :who", departmentId.value(), year);
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

	/** Every department's and issuer's one-time-notice figures of the year: two grouped reads. */
	@Transactional(readOnly = true)
	public List<NoticeFigures> noticesOfYear(int year) {
		List<NoticeFigures> figures = new ArrayList<>(notices(year, "", null));
		figures.addAll(jdbc.sql("""
				select c.department_id, count(*) as cases from casework.case_file c
				where c.deemed_accepted and c.accepted_on >= :from and c.accepted_on < :to
				  and not exists (select 1 from casework.correction_notice n where n.case_id = c.id)
				group by c.department_id""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new NoticeFigures(rs.getLong("department_id"), null, rs.getLong("cases"), 0))
			.list());
		return figures;
	}

	/** One issuer's one-time-notice figures of the year, per department, by the same query restricted to them. */
	@Transactional(readOnly = true)
	public List<NoticeFigures> noticesOfStaff(StaffId staffId, int year) {
		return notices(year, "and n.issued_by_staff_id = :staff", staffId.value());
	}

	private List<NoticeFigures> notices(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select c.department_id, n.issued_by_staff_id, count(*) as cases,
				  count(*) filter (where not c.deemed_accepted and not exists (select 1 from casework.correction_notice a
				    where a.case_id = n.case_id and a.round = 2)) as at_once
				from casework.correction_notice n
				join casework.case_file c on c.id = n.case_id
				where n.round = 1 and n.issued_on >= :from and n.issued_on < :to %s
				group by c.department_id, n.issued_by_staff_id""".formatted(whose))
			.param("staff", staffId)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new NoticeFigures(rs.getLong("department_id"),
					rs.getObject("issued_by_staff_id", Long.class), rs.getLong("cases"), rs.getLong("at_once")))
			.list();
	}

	/** The cases behind an issuer's one-time-notice figure, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<NoticeEvidence> noticeCasesOfStaff(StaffId staffId, int year) {
		return noticeEvidence("f.issued_by_staff_id = :who", "false", staffId.value(), year);
	}

	/** The cases behind a department's one-time-notice figure, latest first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<NoticeEvidence> noticeCasesOfDepartment(DepartmentId departmentId, int year) {
		return noticeEvidence("c.department_id = :who", "c.department_id = :who", departmentId.value(), year);
	}

	/** The cases with a first notice in the year, and (where {@code deemed} holds) those deemed accepted without. */
	private List<NoticeEvidence> noticeEvidence(String noticed, String deemed, long who, int year) {
		return jdbc.sql("""
				select c.id, coalesce(c.case_number, c.query_code) as reference, c.item_name, c.deemed_accepted,
				  f.issued_on as on_day, (select count(*) from casework.correction_notice a where a.case_id = c.id) as notices
				from casework.correction_notice f join casework.case_file c on c.id = f.case_id
				where f.round = 1 and f.issued_on >= :from and f.issued_on < :to and %s
				union all
				select c.id, coalesce(c.case_number, c.query_code), c.item_name, true, c.accepted_on, 0
				from casework.case_file c
				where c.deemed_accepted and c.accepted_on >= :from and c.accepted_on < :to and %s
				  and not exists (select 1 from casework.correction_notice n where n.case_id = c.id)
				order by on_day desc, id desc limit :limit""".formatted(noticed, deemed))
			.param("who", who)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.param("limit", EVIDENCE_LIMIT)
			.query((rs, row) -> new NoticeEvidence(rs.getLong("id"), rs.getString("reference"),
					rs.getString("item_name"), rs.getObject("on_day", LocalDate.class), rs.getInt("notices"),
					rs.getBoolean("deemed_accepted")))
			.list();
	}

	/** Every department's and head's rectification figures of the year, in one grouped read. */
	@Transactional(readOnly = true)
	public List<RectificationFigures> rectificationsOfYear(int year) {
		return rectifications(year, "", null);
	}

	/** One head's rectification figures of the year, per department, by the same query restricted to them. */
	@Transactional(readOnly = true)
	public List<RectificationFigures> rectificationsOfStaff(StaffId staffId, int year) {
		return rectifications(year, "and r.head_staff_id = :staff", staffId.value());
	}

	private List<RectificationFigures> rectifications(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select r.department_id, r.head_staff_id, count(*) as due,
				  count(*) filter (where (r.closed_at at time zone :zone)::date <= r.due_on) as in_time
				from casework.rectification r
				where r.opened_on >= :from and r.opened_on < :to and (r.closed_at is not null or r.due_on < :today) %s
				group by r.department_id, r.head_staff_id""".formatted(whose))
			.param("staff", staffId)
			.param("zone", Clocks.BUSINESS_ZONE.getId())
			.param("today", LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)))
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new RectificationFigures(rs.getLong("department_id"),
					rs.getObject("head_staff_id", Long.class), rs.getLong("due"), rs.getLong("in_time")))
			.list();
	}

	/** The rectifications behind a head's figure, latest opened first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<RectificationEvidence> rectificationsOwnedBy(StaffId staffId, int year) {
		return rectificationEvidence("r.head_staff_id = :who", staffId.value(), year);
	}

	/** The rectifications behind a department's figure, latest opened first, at most {@value #EVIDENCE_LIMIT}. */
	@Transactional(readOnly = true)
	public List<RectificationEvidence> rectificationsOfDepartment(DepartmentId departmentId, int year) {
		return rectificationEvidence("r.department_id = :who", departmentId.value(), year);
	}

	private List<RectificationEvidence> rectificationEvidence(String whose, long who, int year) {
		return jdbc.sql("""
				select r.case_id, c.case_number, r.opened_on, r.due_on, r.closed_at from casework.rectification r
				join casework.case_file c on c.id = r.case_id
				where r.opened_on >= :from and r.opened_on < :to and (r.closed_at is not null or r.due_on < :today)
				  and %s
				order by r.opened_on desc, r.id desc limit :limit""".formatted(whose))
			.param("who", who)
			.param("today", LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)))
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.param("limit", EVIDENCE_LIMIT)
			.query((rs, row) -> new RectificationEvidence(rs.getLong("case_id"), rs.getString("case_number"),
					rs.getObject("opened_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
					rs.getObject("closed_at") == null ? null
							: LocalDate.ofInstant(instant(rs, "closed_at"), Clocks.BUSINESS_ZONE)))
			.list();
	}
}
