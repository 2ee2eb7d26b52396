package org.xiaoneng.badge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.StaffId;

/**
 * A year's duty badges (持证上岗, rule 九.一) in figures for the performance evaluation (绩效考评, rule 八): for each
 * staff member who needed a badge in the year, the days they needed one and the days they held a valid one, and the
 * badges behind one person's or department's figure as their evidence. A person needs a badge from the day their
 * first badge was issued or their first issue task was opened, until the end of the year (or today, in the current
 * year); when their last badge was taken back and no issue task came after, they are counted up to that day
 * (a clerk who left or moved off the window; one still at a window unbadged is supervision's 持证上岗 card). Two set
 * queries, one row a badge or task, and no query per person. The caller (the evaluation module) checks who may read
 * them.
 */
@Service
public class BadgeYearFigures {

	private final JdbcClient jdbc;

	private final Clock clock;

	BadgeYearFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One staff member's badge days of the year.
	 *
	 * @param departmentId their department, as their latest badge or issue task gives it (of a badge and a task on
	 *     the same day, the task)
	 * @param staffId the staff member
	 * @param daysNeeded the days of the year they needed a badge
	 * @param daysHeld of those, the days they held a valid one
	 */
	public record Figures(long departmentId, long staffId, long daysNeeded, long daysHeld) {
	}

	/**
	 * A badge behind a figure.
	 *
	 * @param badgeId the badge, for its page
	 * @param number its number
	 * @param staffId its holder
	 * @param issuedOn the day it was issued
	 * @param lastValidDay the last day it was valid (expiry, or the day before it was taken back or lost)
	 * @param status valid, revoked or lost
	 */
	public record Evidence(long badgeId, String number, long staffId, LocalDate issuedOn, LocalDate lastValidDay,
			BadgeStatus status) {
	}

	/**
	 * A day a staff member needed a badge: a badge issued (source 0) or an issue task opened (source 1) that day. Of
	 * two on the same day, the task is the later (a badge is issued from its task, a move opens a new task), and of two
	 * of the same source, the one with the higher id.
	 */
	private record Need(long staffId, long departmentId, LocalDate on, int source, long rowId) {

		static final Comparator<Need> ORDER = Comparator.comparing(Need::on)
			.thenComparingInt(Need::source)
			.thenComparingLong(Need::rowId);
	}

	/** Every staff member's badge days of the year. */
	@Transactional(readOnly = true)
	public List<Figures> ofYear(int year) {
		return figures(year, "", null);
	}

	/** One staff member's figures of the year, by the same reading restricted to them. */
	@Transactional(readOnly = true)
	public List<Figures> ofStaff(StaffId staffId, int year) {
		return figures(year, "and staff_id = :staff", staffId.value());
	}

	private List<Figures> figures(int year, String whose, Long staffId) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate today = LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE));
		LocalDate through = today.getYear() == year ? today : LocalDate.of(year, 12, 31);
		if (through.isBefore(from)) {
			return List.of();
		}
		Map<Long, List<Evidence>> badges = new HashMap<>();
		Map<Long, Need> first = new HashMap<>();
		Map<Long, Need> latest = new HashMap<>();
		jdbc.sql("""
				select id, number, staff_id, department_id, issued_on, valid_until, ended_on, status from badge.badge
				where issued_on <= :through %s""".formatted(whose))
			.param("staff", staffId)
			.param("through", through)
			.query(rs -> {
				Evidence badge = evidence(rs);
				badges.computeIfAbsent(badge.staffId(), id -> new ArrayList<>()).add(badge);
				need(first, latest, new Need(badge.staffId(), rs.getLong("department_id"), badge.issuedOn(), 0,
						badge.badgeId()));
			});
		jdbc.sql("select id, staff_id, department_id, opened_on from badge.task where kind = 'ISSUE' and opened_on <= :through "
				+ whose)
			.param("staff", staffId)
			.param("through", through)
			.query(rs -> {
				need(first, latest, new Need(rs.getLong("staff_id"), rs.getLong("department_id"),
						rs.getObject("opened_on", LocalDate.class), 1, rs.getLong("id")));
			});
		List<Figures> figures = new ArrayList<>();
		for (Need need : first.values()) {
			List<Evidence> held = badges.getOrDefault(need.staffId(), List.of());
			LocalDate since = need.on().isBefore(from) ? from : need.on();
			LocalDate until = until(held, latest.get(need.staffId()).on(), through);
			if (until.isBefore(since)) {
				continue;
			}
			long daysHeld = 0;
			for (Evidence badge : held) {
				daysHeld += days(badge.issuedOn().isBefore(since) ? since : badge.issuedOn(),
						badge.lastValidDay().isAfter(until) ? until : badge.lastValidDay());
			}
			long needed = days(since, until);
			figures.add(new Figures(latest.get(need.staffId()).departmentId(), need.staffId(), needed,
					Math.min(daysHeld, needed)));
		}
		return figures;
	}

	/** The badges a staff member held in the year, latest first. */
	@Transactional(readOnly = true)
	public List<Evidence> badgesOfStaff(long staffId, int year) {
		return evidence("staff_id = :who", staffId, year);
	}

	/** The badges a department's staff held in the year, latest first. */
	@Transactional(readOnly = true)
	public List<Evidence> badgesOfDepartment(long departmentId, int year) {
		return evidence("department_id = :who", departmentId, year);
	}

	private List<Evidence> evidence(String whose, long who, int year) {
		return jdbc.sql("""
				select id, number, staff_id, issued_on, valid_until, ended_on, status from badge.badge
				where issued_on <= :to and coalesce(ended_on, valid_until) >= :from and %s
				order by issued_on desc, id desc""".formatted(whose))
			.param("who", who)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, row) -> evidence(rs))
			.list();
	}

	private static Evidence evidence(ResultSet rs) throws SQLException {
		LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
		LocalDate ended = rs.getObject("ended_on", LocalDate.class);
		LocalDate last = ended != null && !ended.minusDays(1).isAfter(validUntil) ? ended.minusDays(1) : validUntil;
		return new Evidence(rs.getLong("id"), rs.getString("number"), rs.getLong("staff_id"),
				rs.getObject("issued_on", LocalDate.class), last, BadgeStatus.valueOf(rs.getString("status")));
	}

	private static void need(Map<Long, Need> first, Map<Long, Need> latest, Need need) {
		first.merge(need.staffId(), need, (a, b) -> Need.ORDER.compare(b, a) < 0 ? b : a);
		latest.merge(need.staffId(), need, (a, b) -> Need.ORDER.compare(b, a) > 0 ? b : a);
	}

	/** Through the period, or up to the end of the last badge when it was taken back and nothing asked for a new one. */
	private static LocalDate until(List<Evidence> held, LocalDate lastNeed, LocalDate through) {
		return held.stream()
			.max(Comparator.comparing(Evidence::issuedOn).thenComparingLong(Evidence::badgeId))
			.filter(last -> last.status() == BadgeStatus.REVOKED && !lastNeed.isAfter(last.lastValidDay()))
			.map(Evidence::lastValidDay)
			.filter(last -> last.isBefore(through))
			.orElse(through);
	}

	private static long days(LocalDate first, LocalDate last) {
		return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
	}
}
