package org.xiaoneng.supervision;

import static org.xiaoneng.organization.ActingAs.signedIn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseDetails;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseQuery;
import org.xiaoneng.casework.CaseStep;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Columns;
import org.xiaoneng.common.KeysetPage;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo county's month of supervision, as an efficiency office would see it: the running demo cases watched as
 * their acceptance would have, their deadlines classified working day by working day over the past month, and the
 * cards of the cases decided in that month raised on the days they were due. Most holders answer within their
 * feedback period, each as themselves through the same use case as the card page (the demo's staff mostly have no
 * sign-in, so they act as start-up loaders of their own name), and the office closes most answers a day or two later;
 * the few who miss it see their card go up a colour, and most of those answer then. The holders who can sign in
 * appeal up to six cards still within their appeal period through the facade (two revoked, two upheld, one escalated,
 * one still open), and the office presses three standing cards and two overdue cases with written instructions. Runs
 * once, after the demo cases; the random choices are seeded, so every demo start builds the same month.
 */
@Component
@Profile("demo")
class DemoSupervision {

	private static final Logger LOG = LoggerFactory.getLogger(DemoSupervision.class);

	private static final int DAYS_BACK = 30;

	/** Of the cards issued, the share answered within the feedback period, in per cent. */
	private static final int ANSWERED_IN_TIME = 88;

	/** Of the cards escalated for missed feedback, the share answered then. */
	private static final int ANSWERED_AFTER_ESCALATION = 70;

	/** Of the answers, the share the office closes (the rest await its review). */
	private static final int CLOSED = 85;

	private static final String[] REPORTS = { "已核实原因并整改：加快办理，已与申请人沟通。", "已督促经办人当日办结，并调整科室内部分工。",
			"系内部流转延误，已建立当日签收台账，专人跟踪。", "已向申请人说明情况并致歉，在期限内办结。" };

	/** The holders' appeals, in the order they are made. */
	private static final String[] APPEALS = { "该件申请人补正材料期间应暂停计时，系统计时有误。", "当日系统故障无法签收，有信息中心证明。",
			"材料已于期限内寄出，快递延误，附快递单号。", "该件已于期限内口头告知申请人，书面告知当日补录。",
			"该环节需外单位出具意见，等待期间不应计入本环节用时。", "当日为调休补班日，系统日历未同步。" };

	/** The office's written reasons, for the appeals it revokes, upholds, revokes, upholds and escalates. */
	private static final String[] DECISION_REASONS = { "经核实，补正期间计时确有错误，撤销该卡。", "信息中心记录显示当日系统正常，维持原卡。",
			"快递签收记录显示材料在期限内寄出，撤销该卡。", "口头告知无记录可查，不能视为已告知，维持原卡。",
			"外单位意见五日内已出具，环节延误属实且未及时反馈，上报升级。" };

	private static final String[] CARD_PRESSES = { "请于三个工作日内办结并书面说明原因。", "请科室负责人当面督促，明日前报告进展。",
			"请对照承诺时限逐件清理，办结后报效能办备案。" };

	private static final String[] CASE_PRESSES = { "该件已超期，请科室负责人督促办结并报告原因。", "请分管领导过问，三个工作日内办结并向申请人致歉。" };

	private final DeadlineWatch deadlines;

	private final Escalating escalating;

	private final Rectifying answering;

	private final CardReview reviewing;

	private final Raising raising;

	private final CardActions actions;

	private final Organization organization;

	private final Cases cases;

	private final WorkingDayCalendar calendar;

	private final JdbcClient jdbc;

	DemoSupervision(DeadlineWatch deadlines, Escalating escalating, Rectifying answering,
			CardReview reviewing, Raising raising, CardActions actions, Organization organization, Cases cases,
			WorkingDayCalendar calendar, JdbcClient jdbc) {
		this.organization = organization;
		this.deadlines = deadlines;
		this.escalating = escalating;
		this.answering = answering;
		this.reviewing = reviewing;
		this.raising = raising;
		this.actions = actions;
		this.cases = cases;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/** An issued card as the demo's holders and office see it each day. */
	private record Live(long id, long holderStaffId, Rule rule, CardColour colour, LocalDate feedbackDue) {

		/** Whether it went up a colour for a missed feedback (or an appeal) since it was raised. */
		boolean escalated() {
			return colour.compareTo(rule.colour()) > 0;
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(60)
	void build() {
		// the listeners may have raised cards from the other demo loaders' events already; the demo's own appeals and
		// presses say that this loader ran
		if (jdbc.sql("select (select count(*) from supervision.appeal) + (select count(*) from supervision.press)")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		LocalDate today = calendar.today();
		LocalDate first = today.minusDays(DAYS_BACK);
		Map<LocalDate, List<Runnable>> plannedCards = new TreeMap<>();
		int watched = watchCases(first, plannedCards);
		if (watched == 0) {
			return;
		}
		Random random = new Random(14);
		Map<String, Optional<LocalDate>> answerDays = new HashMap<>();
		Map<LocalDate, List<Long>> closings = new TreeMap<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			plannedCards.getOrDefault(day, List.of()).forEach(Runnable::run);
			deadlines.classifyAndRaise(day, at(day, LocalTime.of(9, 0)));
			answer(day, random, answerDays, closings);
			for (long card : closings.getOrDefault(day, List.of())) {
				Instant at = at(day, LocalTime.of(10, 0));
				signedIn("supervisor", "ROLE_SUPERVISOR", () -> reviewing.close(card, at));
			}
			escalating.escalateMissedFeedback(day);
		}
		appealsAndPresses(today);
		LOG.info("Demo supervision: {} cases watched or replayed, cards over the past month by colour and state {}",
				watched, jdbc.sql("""
						select colour || ' ' || state || ' ' || count(*) from supervision.card group by colour, state
						order by colour, state""")
					.query(String.class)
					.list());
	}

	/**
	 * Feeds the projection with the county's running cases, as their acceptance events would have, and plans the cards
	 * of the cases decided within the month after their warning day, deadline or the day after it, and of the steps
	 * over their own limits, on those days.
	 */
	private int watchCases(LocalDate first, Map<LocalDate, List<Runnable>> plannedCards) {
		int watched = 0;
		String cursor = null;
		do {
			KeysetPage<CaseSummary> found = cases.search(
					new CaseQuery(null, null, null, null, null, null, null, null, null), null, cursor, 200);
			for (CaseSummary summary : found.rows()) {
				if (summary.deadline() == null) {
					continue;
				}
				CaseDetails details = cases.details(summary.id());
				planStepCards(details, first, plannedCards);
				if (summary.state().running()) {
					deadlines.watchRunning(details.file());
					watched++;
				}
				else {
					watched += plan(details, first, plannedCards);
				}
			}
			cursor = found.next();
		}
		while (cursor != null);
		return watched;
	}

	/** Plans the cards a case decided late in the month had on its days; 1 when it had any. */
	private int plan(CaseDetails details, LocalDate first, Map<LocalDate, List<Runnable>> plannedCards) {
		CaseFile file = details.file();
		LocalDate decided = details.decidedOn();
		if (decided == null || decided.isBefore(first) || file.acceptedOn() == null) {
			return 0;
		}
		LocalDate deadline = file.deadline();
		LocalDate warnOn = deadlines.warnOn(file, file.acceptedOn(), deadline);
		int planned = 0;
		planned += planOne(plannedCards, warnOn, decided.isAfter(warnOn) && warnOn.isBefore(deadline),
				Rule.CASE_DEADLINE_NEAR, file);
		planned += planOne(plannedCards, deadline, decided.isAfter(deadline), Rule.CASE_DUE_TODAY, file);
		planned += planOne(plannedCards, deadline.plusDays(1), decided.isAfter(deadline.plusDays(1)), Rule.CASE_OVERDUE,
				file);
		return Math.min(planned, 1);
	}

	/**
	 * Plans the card of each step that ran over its own limit within the month while its case was still in time, on
	 * the day after the limit, as the limits' sweep would have raised it.
	 */
	private void planStepCards(CaseDetails details, LocalDate first, Map<LocalDate, List<Runnable>> plannedCards) {
		CaseFile file = details.file();
		for (CaseStep step : details.steps()) {
			if (step.dueOn() == null) {
				continue;
			}
			LocalDate over = step.dueOn().plusDays(1);
			boolean overran = step.completedOn() != null ? step.completedOn().isAfter(step.dueOn())
					: !calendar.today().isBefore(over);
			boolean caseInTime = file.deadline() == null || !file.deadline().isBefore(over);
			if (overran && caseInTime && !over.isBefore(first) && !over.isAfter(calendar.today())) {
				CardSubject subject = new CardSubject(ObjectType.STEP, file.id(), step.number(),
						DeadlineWatch.label(file), file.unitId(), step.departmentId());
				plannedCards.computeIfAbsent(over, d -> new ArrayList<>())
					.add(() -> raising.raise(Rule.STEP_OVER_BUDGET, subject, step.staffId(),
							Facts.of(step.number(), step.dueOn()), at(over, LocalTime.of(9, 0))));
			}
		}
	}

	private int planOne(Map<LocalDate, List<Runnable>> plannedCards, LocalDate day, boolean due, Rule rule,
			CaseFile file) {
		if (!due) {
			return 0;
		}
		plannedCards.computeIfAbsent(day, d -> new ArrayList<>())
			.add(() -> raising.raise(rule, DeadlineWatch.subject(file), file.handlerStaffId(),
					Facts.of(file.deadline()), at(day, LocalTime.of(9, 0))));
		return 1;
	}

	/**
	 * The holders answer the issued cards whose day has come: each card, when first seen in its colour, is planned to
	 * be answered within its feedback period or not at all; an answer is closed by the office a day or two later.
	 */
	private void answer(LocalDate day, Random random, Map<String, Optional<LocalDate>> answerDays,
			Map<LocalDate, List<Long>> closings) {
		for (Live card : issued()) {
			Optional<LocalDate> on = answerDays.computeIfAbsent(card.id() + ":" + card.colour(),
					key -> answerDay(card, day, random));
			if (on.isEmpty() || day.isBefore(on.get()) || day.isAfter(card.feedbackDue())) {
				continue;
			}
			answering.answer(holder(card.holderStaffId()), card.id(), REPORTS[random.nextInt(REPORTS.length)], day,
					at(day, LocalTime.of(16, 30)));
			if (random.nextInt(100) < CLOSED) {
				closings.computeIfAbsent(day.plusDays(1 + random.nextInt(2)), d -> new ArrayList<>()).add(card.id());
			}
		}
	}

	private static Optional<LocalDate> answerDay(Live card, LocalDate seen, Random random) {
		int answered = card.escalated() ? ANSWERED_AFTER_ESCALATION : ANSWERED_IN_TIME;
		if (random.nextInt(100) >= answered) {
			return Optional.empty();
		}
		LocalDate on = seen.plusDays(random.nextInt(3));
		return Optional.of(on.isAfter(card.feedbackDue()) ? card.feedbackDue() : on);
	}

	private List<Live> issued() {
		return jdbc.sql("""
				select id, holder_staff_id, rule_code, colour, feedback_due from supervision.card
				where state = 'ISSUED' and holder_staff_id is not null and feedback_due is not null order by id""")
			.query((rs, n) -> new Live(rs.getLong("id"), rs.getLong("holder_staff_id"),
					Rule.valueOf(rs.getString("rule_code")), CardColour.valueOf(rs.getString("colour")),
					rs.getObject("feedback_due", LocalDate.class)))
			.list();
	}

	/**
	 * The holders who can sign in appeal their cards of the last days (within the appeal period) through the facade,
	 * as themselves: the office revokes two, upholds two, escalates one and has the last still to decide. It presses
	 * the three most serious standing cards and the two most overdue cases, each with its own instruction.
	 */
	private void appealsAndPresses(LocalDate today) {
		List<Object[]> recent = jdbc.sql("""
				select id, holder_staff_id from supervision.card
				where state in ('ISSUED', 'ANSWERED') and holder_staff_id is not null and issued_at >= :since
				order by issued_at desc, id""")
			.param("since", Columns.time(at(today.minusDays(4), LocalTime.MIDNIGHT)))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2) })
			.list();
		int made = 0;
		for (Object[] card : recent) {
			String username = organization.staffMember(new StaffId((Long) card[1])).username();
			if (made == APPEALS.length || username == null) {
				continue;
			}
			String reasons = APPEALS[made];
			try {
				AppealView appeal = signedIn(username, "ROLE_HANDLER", () -> actions.appeal((Long) card[0], reasons));
				decide(appeal.id(), made);
				made++;
			}
			catch (RuntimeException refused) {
				// an appeal the rules refuse (e.g. its period is over) is simply not made in the demo
				LOG.info("Demo appeal not made: {}", refused.getClass().getSimpleName());
			}
		}
		LocalDate due = today.plusDays(3);
		List<Long> standing = jdbc.sql("""
				select id from supervision.card where colour in ('RED', 'YELLOW') and state = 'ISSUED'
				order by colour desc, issued_at desc, id limit 3""")
			.query(Long.class)
			.list();
		for (int i = 0; i < standing.size(); i++) {
			long card = standing.get(i);
			String instruction = CARD_PRESSES[i];
			signedIn("supervisor", "ROLE_SUPERVISOR", () -> actions.pressCard(card, instruction, due));
		}
		List<Long> overdue = jdbc.sql("""
				select object_id from supervision.watched_object
				where object_type = 'CASE' and not paused and deadline < :today order by deadline, object_id limit 2""")
			.param("today", today)
			.query(Long.class)
			.list();
		for (int i = 0; i < overdue.size(); i++) {
			long kase = overdue.get(i);
			String instruction = CASE_PRESSES[i];
			signedIn("supervisor", "ROLE_SUPERVISOR", () -> actions.pressCase(kase, instruction, due));
		}
	}

	/** The office's decision on the demo's appeals in the order they were made: the last is left open. */
	private void decide(long appealId, int which) {
		AppealDecision[] decisions = { AppealDecision.REVOKE, AppealDecision.UPHOLD, AppealDecision.REVOKE,
				AppealDecision.UPHOLD, AppealDecision.ESCALATE };
		if (which < decisions.length) {
			signedIn("supervisor", "ROLE_SUPERVISOR",
					() -> actions.decideAppeal(appealId, decisions[which], DECISION_REASONS[which]));
		}
	}

	/** The holder as the caller who answers their card: a staff member of the demo county, most without a sign-in. */
	private Caller holder(long staffId) {
		StaffMember staff = organization.staffMember(new StaffId(staffId));
		return Caller.loader(staff.username() != null ? staff.username() : "demo-" + staff.staffNumber(), staff);
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(Clocks.BUSINESS_ZONE).toInstant();
	}
}
