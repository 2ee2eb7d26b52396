package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.supervision.SupervisedUnit.march;
import static org.xiaoneng.testing.TestData.runAs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.badge.BadgeOffice;
import org.xiaoneng.casework.CasePortal;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.DefectKind;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.NewRating;
import org.xiaoneng.casework.RatingChannel;
import org.xiaoneng.casework.ReceivedMaterial;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.evaluation.GradeScale;
import org.xiaoneng.evaluation.IndicatorKind;
import org.xiaoneng.evaluation.Measure;
import org.xiaoneng.evaluation.ObjectType;
import org.xiaoneng.evaluation.PerformanceEvaluation;
import org.xiaoneng.evaluation.ResultView;
import org.xiaoneng.evaluation.ScoreLine;
import org.xiaoneng.inquiry.InquiryCategory;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.NewInquiry;
import org.xiaoneng.inquiry.NextStep;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.ListenersAtRest;
import org.xiaoneng.testing.MutableClock;

/**
 * The evaluation's computed figures recomputed independently from the database (issue 16): a handler completes one
 * case on time and one late, the late one is rated badly, answers one inquiry in time and one late, the year is
 * computed, and the handler's and the department's figures are counted again from the owning modules' own rows by a
 * different route (the case's completion day against its promised deadline, the answer's day against the deadline,
 * a badge's validity day by day, a case's notices counted from all of them, a rectification's closing day) and found
 * the same; the clerk's two corrected submissions (one notice, two notices) and the head's rectification of the bad
 * rating are among them; then every computed figure of every result of the year, of every
 * measure, is recomputed the same way. It lives beside supervision's tests for their unit with a published item.
 */
@IntegrationTest
class EvaluationFiguresRecomputedIntegrationTests {

	private static final int YEAR = 2026;

	@Autowired
	Organization organization;

	@Autowired
	ServiceCatalog catalog;

	@Autowired
	Cases cases;

	@Autowired
	CasePortal portal;

	@Autowired
	PerformanceEvaluation evaluation;

	@Autowired
	InquiryRegister inquiries;

	@Autowired
	BadgeOffice badges;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ListenersAtRest listeners;

	private Instant before;

	@BeforeEach
	void keepTheClock() {
		before = clock.instant();
	}

	@AfterEach
	void restoreTheClock() {
		clock.set(before);
	}

	@Test
	void everyComputedFigureOfAHandlerAndTheirDepartmentIsFoundAgainFromTheRows() {
		SupervisedUnit u = new SupervisedUnit(organization, catalog);
		clock.set(march(2, 9));
		long onTime = u.acceptedCase(cases);
		long late = u.acceptedCase(cases);
		clock.set(march(3, 10));
		complete(u, onTime);
		clock.set(march(20, 10));
		complete(u, late);
		portal.rate(cases.caseFile(late).queryCode(), "8000", null,
				new NewRating(2, 2, 2, 2, "等待太久", RatingChannel.PROGRESS_PAGE), "test-" + u.tag);
		clock.set(march(23, 9));
		SupervisedUnit.asAdmin(() -> badges.issue(new StaffId(u.handler.id()), ""));
		rectifyInTime(u, late);
		correctedOnce(u);
		correctedTwice(u);
		RegisterEntry inTime = consultation(u, "名称预先核准要多久");
		RegisterEntry answeredLate = consultation(u, "个体户变更经营范围");
		u.as("a", "ROLE_HANDLER", () -> inquiries.answer(new InquiryId(inTime.id()), "当场办结。"));
		clock.set(answeredLate.deadline().plusDays(1).atTime(10, 0).atZone(Clocks.BUSINESS_ZONE).toInstant());
		u.as("a", "ROLE_HANDLER", () -> inquiries.answer(new InquiryId(answeredLate.id()), "带营业执照到窗口办理。"));
		assertThat(listeners.await(Duration.ofSeconds(30))).isTrue();

		runAs("evaluation-recompute-team", () -> {
			for (GradeScale scale : GradeScale.values()) {
				evaluation.draftDefaultScheme(YEAR, ObjectType.DEPARTMENT, scale, false);
				evaluation.draftDefaultScheme(YEAR, ObjectType.STAFF, scale, false);
			}
			evaluation.startYear(YEAR);
			return evaluation.compute(YEAR);
		}, "ROLE_SUPERVISOR");

		ResultView handler = result(ObjectType.STAFF, u.handler.id());
		assertThat(figure(handler, "JI.1")).isEqualTo(onTimeRate("current_staff_id", u.handler.id())).isEqualTo(50.0);
		assertThat(figure(handler, "JI.3")).isEqualTo(badRatings("current_staff_id", u.handler.id())).isEqualTo(1.0);
		assertThat(figure(handler, "QIN.3")).isEqualTo(cards("holder_staff_id", u.handler.id(), "YELLOW"));
		ResultView department = result(ObjectType.DEPARTMENT, u.registration.id());
		assertThat(figure(department, "DUTIES.1")).isEqualTo(onTimeRate("department_id", u.registration.id()));
		assertThat(figure(department, "DUTIES.2")).isEqualTo(badRatings("department_id", u.registration.id()));
		assertThat(figure(department, "EFFICIENCY.2")).isEqualTo(cards("department_id", u.registration.id(), "YELLOW"));
		assertThat(figure(department, "EFFICIENCY.3")).isEqualTo(cards("department_id", u.registration.id(), "RED"));
		assertThat(figure(handler, "JI.4")).isEqualTo(inquiriesInTime("handler_id", u.handler.id())).isEqualTo(50.0);
		assertThat(figure(department, "DUTIES.4")).isEqualTo(inquiriesInTime("department_id", u.registration.id()));
		assertThat(figure(handler, "QIN.4")).isNotNull().isEqualTo(badgeDaysHeld("staff_id", u.handler.id()));
		assertThat(figure(handler, "QIN.2")).isNotNull().isEqualTo(daysAgainstPromised("current_staff_id",
				u.handler.id()));
		ResultView clerk = result(ObjectType.STAFF, u.clerk.id());
		assertThat(figure(clerk, "JI.6")).isEqualTo(toldAtOnce("issuer", u.clerk.id())).isEqualTo(50.0);
		assertThat(figure(department, "DUTIES.6")).isNotNull()
			.isEqualTo(toldAtOnce("department_id", u.registration.id()));
		ResultView head = result(ObjectType.STAFF, u.head.id());
		assertThat(figure(head, "JI.7")).isEqualTo(rectifiedInTime("head_staff_id", u.head.id())).isEqualTo(100.0);
		assertThat(figure(department, "DUTIES.7")).isEqualTo(rectifiedInTime("department_id", u.registration.id()))
			.isEqualTo(100.0);

		for (ObjectType type : ObjectType.values()) {
			for (ResultView result : runAs("evaluation-recompute-team", () -> evaluation.results(YEAR, type),
					"ROLE_SUPERVISOR")) {
				for (ScoreLine line : result.breakdown()) {
					if (line.kind() == IndicatorKind.COMPUTED) {
						assertThat(line.figure()).as("%s %s %d %s", line.code(), type, result.objectId(), line.measure())
							.isEqualTo(recomputed(line.measure(), type, result.objectId()));
					}
				}
			}
		}
	}

	/** The head closes the rectification the bad rating opened, on the day, well before it is due. */
	private void rectifyInTime(SupervisedUnit u, long kase) {
		u.as("h", "ROLE_DEPT_HEAD", () -> {
			long id = portal.rectifications().stream().filter(r -> r.caseId() == kase).findFirst().orElseThrow().id();
			return portal.closeRectification(id, "等待属实", "优化排队", clock.instant().atZone(Clocks.BUSINESS_ZONE)
				.toLocalDate(), "申请人表示理解");
		});
	}

	/** A submission whose unsigned form the clerk's one notice lists; the signed one supplied, it is accepted. */
	private void correctedOnce(SupervisedUnit u) {
		long id = corrected(u);
		u.as("c", "ROLE_WINDOW_CLERK", () -> cases.accept(id));
	}

	/** A submission corrected once, whose newly supplied form needs a second notice: against the one-time rule. */
	private void correctedTwice(SupervisedUnit u) {
		long id = corrected(u);
		u.as("c", "ROLE_WINDOW_CLERK", () -> cases.issueCorrectionNotice(id,
				List.of(new MaterialDefect(null, 2, DefectKind.IRREGULAR, "新补申请书字迹模糊")), "新补材料不清晰"));
	}

	private long corrected(SupervisedUnit u) {
		long id = u.as("c", "ROLE_WINDOW_CLERK", () -> cases.submit(u.submission(), null)).id();
		u.as("c", "ROLE_WINDOW_CLERK", () -> cases.issueCorrectionNotice(id,
				List.of(new MaterialDefect(null, 1, DefectKind.IRREGULAR, "申请书未签字")), null));
		u.as("c", "ROLE_WINDOW_CLERK",
				() -> cases.supplyCorrection(id, List.of(new ReceivedMaterial(1, null, true, 1, 2))));
		return id;
	}

	private RegisterEntry consultation(SupervisedUnit u, String subject) {
		NewInquiry asked = new NewInquiry(InquiryChannel.PHONE, null, "张三", null, "13800138000", null,
				InquiryCategory.CONSULTATION, subject, null, List.of(), null, null, null, null, null, null);
		return u.as("a", "ROLE_HANDLER", () -> inquiries.register(asked, new NextStep.Keep()));
	}

	private void complete(SupervisedUnit u, long kase) {
		u.as("a", "ROLE_HANDLER", () -> {
			cases.completeStep(kase, 1, "同意");
			return cases.complete(kase, "食品经营许可证", "JY" + kase);
		});
	}

	private ResultView result(ObjectType type, long objectId) {
		List<ResultView> all = runAs("evaluation-recompute-team", () -> evaluation.results(YEAR, type),
				"ROLE_SUPERVISOR");
		return all.stream().filter(r -> r.objectId() == objectId).findFirst().orElseThrow();
	}

	private static Double figure(ResultView result, String code) {
		return result.breakdown().stream().filter(line -> line.code().equals(code)).findFirst()
			.map(ScoreLine::figure).orElseThrow();
	}

	/** Completed in the year by the promised deadline, out of all completed in the year, from the case files. */
	private Double onTimeRate(String column, long id) {
		return jdbc.sql("""
				select 100.0 * count(*) filter (where decided_on <= promised_deadline) / nullif(count(*), 0)
				from casework.case_file
				where %s = :id and state in ('COMPLETED', 'DELIVERED') and extract(year from decided_on) = :year"""
			.formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	private double badRatings(String column, long id) {
		return jdbc.sql("""
				select count(*) from casework.rating r join casework.case_file c on c.id = r.case_id
				where c.%s = :id and r.overall <= 2 and extract(year from c.decided_on) = :year""".formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.single();
	}

	private double cards(String column, long id, String colour) {
		return jdbc.sql("""
				select count(*) from supervision.card
				where %s = :id and colour = :colour and state in ('ISSUED', 'ANSWERED', 'CLOSED')
				  and extract(year from issued_at at time zone 'Asia/Shanghai') = :year""".formatted(column))
			.param("id", id)
			.param("colour", colour)
			.param("year", YEAR)
			.query(Double.class)
			.single();
	}

	/** A measure of a staff member or department counted again from the owning module's rows. */
	private Double recomputed(Measure measure, ObjectType type, long id) {
		boolean staff = type == ObjectType.STAFF;
		return switch (measure) {
			case ON_TIME_RATE -> staff ? onTimeRate("current_staff_id", id) : onTimeRate("department_id", id);
			case BAD_RATINGS -> staff ? badRatings("current_staff_id", id) : badRatings("department_id", id);
			case YELLOW_CARDS -> staff ? cards("holder_staff_id", id, "YELLOW") : cards("department_id", id, "YELLOW");
			case RED_CARDS -> staff ? cards("holder_staff_id", id, "RED") : cards("department_id", id, "RED");
			case DAYS_AGAINST_PROMISED -> daysAgainstPromised(staff ? "current_staff_id" : "department_id", id);
			case ACCOUNTABILITY_DECISIONS -> decisions(staff ? "staff_id" : "department_id", id);
			case FIRST_INQUIRY_IN_TIME -> inquiriesInTime(staff ? "handler_id" : "department_id", id);
			case REFUSALS_STOOD -> refusalsStood(staff ? "handler_staff_id" : "department_id", id);
			case COVERED_WORK -> coveredWork(staff, id);
			case BADGE_HELD -> badgeDaysHeld(staff ? "staff_id" : "department_id", id);
			case ONE_TIME_NOTICE -> toldAtOnce(staff ? "issuer" : "department_id", id);
			case BAD_RATINGS_RECTIFIED -> rectifiedInTime(staff ? "head_staff_id" : "department_id", id);
		};
	}

	/**
	 * Case by case, from all its notices: the cases whose earliest notice (by the time issued) fell in the year, or
	 * with none, that were deemed accepted in the year; told at once when they have one notice and were not deemed
	 * accepted. A person's are those whose earliest notice they issued.
	 */
	private Double toldAtOnce(String column, long id) {
		return jdbc.sql("""
				with per_case as (
				  select c.id, c.department_id, c.deemed_accepted, c.accepted_on,
				    (select count(*) from casework.correction_notice n where n.case_id = c.id) as notices,
				    (select n.issued_on from casework.correction_notice n where n.case_id = c.id
				     order by n.issued_at limit 1) as first_on,
				    (select n.issued_by_staff_id from casework.correction_notice n where n.case_id = c.id
				     order by n.issued_at limit 1) as issuer
				  from casework.case_file c
				  where c.department_id = :id
				     or c.id in (select case_id from casework.correction_notice where issued_by_staff_id = :id))
				select 100.0 * count(*) filter (where notices = 1 and not deemed_accepted) / nullif(count(*), 0)
				from per_case
				where %s = :id and (extract(year from first_on) = :year
				  or (notices = 0 and deemed_accepted and extract(year from accepted_on) = :year))""".formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The rectifications opened in the year, closed (by the day in the business zone) by their due day, of those
	 * closed or already past due.
	 */
	private Double rectifiedInTime(String column, long id) {
		return jdbc.sql("""
				select 100.0 * count(*) filter (where closed_at is not null
				    and to_char(closed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') <= to_char(due_on, 'YYYY-MM-DD'))
				  / nullif(count(*) filter (where closed_at is not null or due_on < :today), 0)
				from casework.rectification where %s = :id and extract(year from opened_on) = :year""".formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.param("today", LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)))
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	/** The weekdays from acceptance to decision (March 2026 has no holiday) against the promised days. */
	private Double daysAgainstPromised(String column, long id) {
		return jdbc.sql("""
				select 100.0 * sum((select count(*) from generate_series(c.accepted_on + 1, c.decided_on, '1 day') d
				                    where extract(isodow from d) < 6)) / nullif(sum(c.promised_days), 0)
				from casework.case_file c
				where c.%s = :id and c.state in ('COMPLETED', 'DELIVERED') and extract(year from c.decided_on) = :year"""
			.formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	private double decisions(String column, long id) {
		return jdbc.sql("""
				select count(*) from accountability.accountability_case
				where %s = :id and state = 'DECIDED' and year = :year""".formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.single();
	}

	/** Answered on or before the deadline, by the answer's day in the business zone, of the ordinary matters. */
	private Double inquiriesInTime(String column, long id) {
		return jdbc.sql("""
				select 100.0 * count(*) filter (where to_char(answered_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
				                                       <= to_char(deadline, 'YYYY-MM-DD')) / nullif(count(*), 0)
				from inquiry.inquiry
				where %s = :id and state = 'CLOSED' and not confidential and department_id is not null
				  and extract(year from closed_at at time zone 'Asia/Shanghai') = :year""".formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	private Double refusalsStood(String column, long id) {
		return jdbc.sql("""
				select 100.0 * sum(case when state = 'IN_EFFECT' then 1 else 0 end)
				  / nullif(sum(case when state in ('AWAITING_LEADER', 'AWAITING_COLLECTIVE_DECISION') then 0 else 1 end), 0)
				from refusal.filing where %s = :id and extract(year from filed_on) = :year""".formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	/** Case steps and inquiries done on a holder's behalf in the year. */
	private double coveredWork(boolean staff, long id) {
		return jdbc.sql("""
				select (select count(*) from casework.case_step s join casework.case_file c on c.id = s.case_id
				        where s.on_behalf and extract(year from s.completed_on) = :year and %s = :id)
				     + (select count(*) from inquiry.inquiry i
				        where i.handler_on_behalf and i.state = 'CLOSED' and i.post_id is not null
				          and i.department_id is not null
				          and extract(year from i.closed_at at time zone 'Asia/Shanghai') = :year and %s = :id)"""
			.formatted(staff ? "s.staff_id" : "c.department_id", staff ? "i.handler_id" : "i.department_id"))
			.param("id", id)
			.param("year", YEAR)
			.query(Double.class)
			.single();
	}

	/**
	 * Day by day: of the days since a person's first badge or issue task up to today (this year), those on which a
	 * badge of theirs was valid; a person whose last badge was taken back and who asked for none after stops needing
	 * one then. A department's are its people's (by their latest badge or task, a task over a badge of the same day)
	 * added up.
	 */
	private Double badgeDaysHeld(String column, long id) {
		return jdbc.sql("""
				with need as (
				  select staff_id, min(d) as first_need, max(d) as last_need,
				    (array_agg(department_id order by d desc, source desc, id desc))[1] as department_id
				  from (select id, staff_id, department_id, issued_on as d, 0 as source from badge.badge
				        union all select id, staff_id, department_id, opened_on, 1 from badge.task where kind = 'ISSUE') x
				  where d <= :today group by staff_id),
				last_badge as (
				  select distinct on (staff_id) staff_id, status, least(valid_until, ended_on - 1) as last_valid
				  from badge.badge where issued_on <= :today order by staff_id, issued_on desc, id desc),
				span as (
				  select n.staff_id, n.department_id, greatest(n.first_need, make_date(:year, 1, 1)) as since,
				    case when b.status = 'REVOKED' and n.last_need <= b.last_valid and b.last_valid < :today
				         then b.last_valid else :today end as until
				  from need n left join last_badge b on b.staff_id = n.staff_id),
				days as (
				  select s.staff_id, s.department_id, d::date as day,
				    exists (select 1 from badge.badge b where b.staff_id = s.staff_id and b.issued_on <= d::date
				            and d::date <= b.valid_until and (b.ended_on is null or d::date < b.ended_on)) as held
				  from span s, generate_series(s.since, s.until, '1 day') d)
				select 100.0 * count(*) filter (where held) / nullif(count(*), 0) from days where %s = :id"""
			.formatted(column))
			.param("id", id)
			.param("year", YEAR)
			.param("today", LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)))
			.query(Double.class)
			.optional()
			.orElse(null);
	}
}
