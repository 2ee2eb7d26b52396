package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.WorkingDayCalendar;
import org.xiaoneng.casework.CaseDetails;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CasePage;
import org.xiaoneng.casework.CaseQuery;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The demo county's month of supervision: the running demo cases watched as their acceptance would have, their
 * deadlines classified working day by working day over the past month, and the cards of the cases decided late in that
 * month raised on the days they were due (so warnings, yellow and red cards carry the days they were raised on), missed feedback escalated on its days, most cards answered by their holders and many of
 * those closed, and a few appeals (one revoked, one upheld, one open) and a press. Runs once, after the demo cases.
 */
@Component
@Profile("demo")
class DemoSupervision {

	private static final Logger LOG = LoggerFactory.getLogger(DemoSupervision.class);

	private static final int DAYS_BACK = 30;

	private final DeadlineWatch deadlines;

	private final Escalating escalating;

	private final Rectifying answering;

	private final Raising raising;

	private final CardActions actions;

	private final Cases cases;

	private final Organization organization;

	private final WorkingDayCalendar calendar;

	private final JdbcClient jdbc;

	DemoSupervision(DeadlineWatch deadlines, Escalating escalating, Rectifying answering, Raising raising,
			CardActions actions, Cases cases, Organization organization, WorkingDayCalendar calendar,
			JdbcClient jdbc) {
		this.raising = raising;
		this.deadlines = deadlines;
		this.escalating = escalating;
		this.answering = answering;
		this.actions = actions;
		this.cases = cases;
		this.organization = organization;
		this.calendar = calendar;
		this.jdbc = jdbc;
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
		Map<LocalDate, List<Runnable>> closedCards = new TreeMap<>();
		int watched = watchCases(first, closedCards);
		if (watched == 0) {
			return;
		}
		Random random = new Random(14);
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			closedCards.getOrDefault(day, List.of()).forEach(Runnable::run);
			deadlines.classifyAndRaise(day, at(day, LocalTime.of(9, 0)));
			answerSome(day, random);
			escalating.escalateMissedFeedback(day);
		}
		appealsAndPress();
		LOG.info("Demo supervision: {} cases watched or replayed, {} cards over the past month", watched,
				jdbc.sql("select count(*) from supervision.card").query(Long.class).single());
	}

	/**
	 * Feeds the projection with the county's running cases, as their acceptance events would have, and plans the cards
	 * of the cases decided within the month after their warning day, deadline or the day after it, on those days.
	 */
	private int watchCases(LocalDate first, Map<LocalDate, List<Runnable>> closedCards) {
		int watched = 0;
		for (int page = 0;; page++) {
			CasePage found = cases.search(new CaseQuery(null, null, null, null, null, null, null, null, null), page, 200);
			for (CaseSummary summary : found.cases()) {
				if (summary.deadline() == null) {
					continue;
				}
				if (summary.state().running()) {
					deadlines.watchRunning(cases.caseFile(summary.id()));
					watched++;
				}
				else {
					watched += plan(cases.details(summary.id()), first, closedCards);
				}
			}
			if (found.cases().size() < 200) {
				return watched;
			}
		}
	}

	/** Plans the cards a case decided late in the month had on its days; 1 when it had any. */
	private int plan(CaseDetails details, LocalDate first, Map<LocalDate, List<Runnable>> closedCards) {
		CaseFile file = details.file();
		LocalDate decided = details.decidedOn();
		if (decided == null || decided.isBefore(first) || file.acceptedOn() == null) {
			return 0;
		}
		LocalDate deadline = file.deadline();
		LocalDate warnOn = deadlines.warnOn(file, file.acceptedOn(), deadline);
		int planned = 0;
		planned += planOne(closedCards, warnOn, decided.isAfter(warnOn) && warnOn.isBefore(deadline),
				Rule.CASE_DEADLINE_NEAR, file);
		planned += planOne(closedCards, deadline, decided.isAfter(deadline), Rule.CASE_DUE_TODAY, file);
		planned += planOne(closedCards, deadline.plusDays(1), decided.isAfter(deadline.plusDays(1)), Rule.CASE_OVERDUE,
				file);
		return Math.min(planned, 1);
	}

	private int planOne(Map<LocalDate, List<Runnable>> closedCards, LocalDate day, boolean due, Rule rule,
			CaseFile file) {
		if (!due) {
			return 0;
		}
		closedCards.computeIfAbsent(day, d -> new ArrayList<>())
			.add(() -> raising.raise(rule, DeadlineWatch.subject(file), file.handlerStaffId(),
					Facts.of(file.deadline()), at(day, LocalTime.of(9, 0))));
		return 1;
	}

	/** Most holders answer the cards issued on the day in the afternoon; a supervisor closes half of the answers. */
	private void answerSome(LocalDate day, Random random) {
		List<long[]> issued = jdbc.sql("""
				select id, holder_staff_id from supervision.card
				where state = 'ISSUED' and holder_staff_id is not null and issued_at >= :from and issued_at < :to
				order by id""")
			.param("from", org.xiaoneng.common.Columns.time(at(day, LocalTime.MIDNIGHT)))
			.param("to", org.xiaoneng.common.Columns.time(at(day.plusDays(1), LocalTime.MIDNIGHT)))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		for (long[] card : issued) {
			if (random.nextInt(10) < 6) {
				StaffMember holder = organization.staffMember(card[1]);
				if (holder.username() == null) {
					continue;
				}
				as(holder.username(), "ROLE_HANDLER", () -> answering.answer(card[0], "已核实原因并整改：加快办理，已与申请人沟通。",
						day, at(day, LocalTime.of(16, 30))));
				if (random.nextBoolean()) {
					as("supervisor", "ROLE_SUPERVISOR", () -> actions.close(card[0]));
				}
			}
		}
	}

	/** Three holders appeal a card of theirs: one revoked, one upheld, one left open; one red card is pressed. */
	private void appealsAndPress() {
		List<long[]> live = jdbc.sql("""
				select id, holder_staff_id from supervision.card
				where state in ('ISSUED', 'ANSWERED') and holder_staff_id is not null order by issued_at desc, id limit 3""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		String[] reasons = { "该件申请人补正材料期间应暂停计时，系统计时有误。", "当日系统故障无法签收，有信息中心证明。", "材料已于期限内寄出，快递延误。" };
		for (int i = 0; i < live.size(); i++) {
			long cardId = live.get(i)[0];
			String reason = reasons[i];
			String holder = organization.staffMember(live.get(i)[1]).username();
			if (holder == null) {
				continue;
			}
			int which = i;
			try {
				AppealView appeal = as(holder, "ROLE_HANDLER", () -> actions.appeal(cardId, reason));
				if (which == 0) {
					as("supervisor", "ROLE_SUPERVISOR", () -> actions.decideAppeal(appeal.id(), AppealDecision.REVOKE,
							"经核实，补正期间计时确有错误，撤销该卡。"));
				}
				else if (which == 1) {
					as("supervisor", "ROLE_SUPERVISOR", () -> actions.decideAppeal(appeal.id(), AppealDecision.UPHOLD,
							"信息中心记录显示当日系统正常，维持原卡。"));
				}
			}
			catch (RuntimeException refused) {
				// an appeal the rules refuse (e.g. its period is over) is simply not made in the demo
				LOG.info("Demo appeal not made: {}", refused.getClass().getSimpleName());
			}
		}
		jdbc.sql("select id from supervision.card where colour = 'RED' and state = 'ISSUED' order by id limit 1")
			.query(Long.class)
			.optional()
			.ifPresent(red -> as("supervisor", "ROLE_SUPERVISOR",
					() -> actions.pressCard(red, "请于三个工作日内办结并书面说明超期原因。", calendar.today().plusDays(3))));
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(Clocks.BUSINESS_ZONE).toInstant();
	}

	private static <T> T as(String username, String role, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(role)));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
