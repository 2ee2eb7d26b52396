package org.xiaoneng.supervision.cockpit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.Columns;
import org.xiaoneng.supervision.CardColour;

/**
 * The cockpit's reads, each over its own pre-aggregated figures, the open cases it heard of, or the cards that bind
 * now, on an index, and restricted to one unit or (for {@code null}) the whole region.
 */
@Repository
class CockpitReadings {

	/** A drill-down list shows this many rows at most, and says when there are more. */
	static final int LIST_LIMIT = 200;

	/** Cards that bind their holders now. */
	private static final String LIVE = "('ISSUED', 'ANSWERED')";

	/** Cards issued that stand: not revoked on appeal, not cancelled, not waiting for review. */
	private static final String STANDING = "('ISSUED', 'ANSWERED', 'CLOSED')";

	private final JdbcClient jdbc;

	CockpitReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A month's sums for one unit, department or the region.
	 *
	 * @param onTime completed within the promised deadline
	 * @param withStatutory completed cases whose item has a statutory limit
	 * @param onTimeStatutory of those, completed within the statutory deadline
	 */
	record Sums(long received, long accepted, long completed, long onTime, long withStatutory, long onTimeStatutory,
			long daysUsed, long daysPromised, long rated, long satisfied, long dissatisfied, long complaints) {

		static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	long receivedOn(Long unitId, LocalDate day) {
		return jdbc.sql("select coalesce(sum(received), 0) from supervision.daily_figure where day = :day"
				+ unit(unitId, "unit_id"))
			.param("day", day)
			.params(unitParam(unitId))
			.query(Long.class)
			.single();
	}

	long openCases(Long unitId) {
		return jdbc.sql("select coalesce(sum(open), 0) from supervision.open_case_count where true"
				+ unit(unitId, "unit_id"))
			.params(unitParam(unitId))
			.query(Long.class)
			.single();
	}

	Map<CardColour, Long> liveCards(Long unitId) {
		Map<CardColour, Long> counts = new EnumMap<>(CardColour.class);
		for (CardColour colour : CardColour.values()) {
			counts.put(colour, 0L);
		}
		// kept per unit and colour by the card table's triggers (migration supervision/V41), not counted here
		jdbc.sql("select colour, sum(n) n from supervision.live_card_count where true" + unit(unitId, "unit_id")
				+ " group by colour")
			.params(unitParam(unitId))
			.query((rs, n) -> Map.entry(CardColour.valueOf(rs.getString("colour")), rs.getLong("n")))
			.list()
			.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	/** The sums of each month from {@code from} on. */
	Map<YearMonth, Sums> monthly(Long unitId, YearMonth from) {
		Map<YearMonth, Sums> months = new HashMap<>();
		jdbc.sql("select date_trunc('month', day)::date m, " + SUMS + " from supervision.daily_figure where day >= :from"
				+ unit(unitId, "unit_id") + " group by m")
			.param("from", from.atDay(1))
			.params(unitParam(unitId))
			.query((rs, n) -> Map.entry(YearMonth.from(rs.getObject("m", LocalDate.class)), sums(rs)))
			.list()
			.forEach(entry -> months.put(entry.getKey(), entry.getValue()));
		return months;
	}

	/** The month's sums of each department. */
	Map<Long, Sums> byDepartment(Long unitId, YearMonth month) {
		Map<Long, Sums> departments = new HashMap<>();
		jdbc.sql("select department_id, " + SUMS + " from supervision.daily_figure where day between :from and :to"
				+ " and department_id <> 0" + unit(unitId, "unit_id") + " group by department_id")
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.params(unitParam(unitId))
			.query((rs, n) -> Map.entry(rs.getLong("department_id"), sums(rs)))
			.list()
			.forEach(entry -> departments.put(entry.getKey(), entry.getValue()));
		return departments;
	}

	/** Cards issued in the month that stand, per department and colour (department 0: none named). */
	Map<Long, Map<CardColour, Long>> cardsByDepartment(Long unitId, YearMonth month) {
		Map<Long, Map<CardColour, Long>> departments = new HashMap<>();
		jdbc.sql("select coalesce(department_id, 0) department_id, colour, count(*) n from supervision.card"
				+ " where raised_at >= :from and raised_at < :to and state in " + STANDING + unit(unitId, "unit_id")
				+ " group by 1, 2")
			.param("from", Columns.time(start(month)))
			.param("to", Columns.time(start(month.plusMonths(1))))
			.params(unitParam(unitId))
			.query((rs, n) -> {
				departments.computeIfAbsent(rs.getLong("department_id"), id -> new EnumMap<>(CardColour.class))
					.put(CardColour.valueOf(rs.getString("colour")), rs.getLong("n"));
				return null;
			})
			.list();
		return departments;
	}

	/** Cards issued in the month that stand, per rule. */
	List<RuleCount> cardsByRule(Long unitId, YearMonth month) {
		return jdbc.sql("select rule_code, colour, count(*) n from supervision.card"
				+ " where raised_at >= :from and raised_at < :to and state in " + STANDING + unit(unitId, "unit_id")
				+ " group by rule_code, colour order by n desc, rule_code")
			.param("from", Columns.time(start(month)))
			.param("to", Columns.time(start(month.plusMonths(1))))
			.params(unitParam(unitId))
			.query((rs, n) -> new RuleCount(rs.getString("rule_code"), CardColour.valueOf(rs.getString("colour")),
					rs.getLong("n")))
			.list();
	}

	/** Cards per rule and colour. */
	record RuleCount(String ruleCode, CardColour colour, long cards) {
	}

	/** When the figures last changed, or {@code null} when nothing was counted yet. */
	Instant figuresChangedAt(Long unitId, LocalDate since) {
		return jdbc.sql("select max(updated_at) t from supervision.daily_figure where day >= :from"
				+ unit(unitId, "unit_id"))
			.param("from", since)
			.params(unitParam(unitId))
			// max() over no rows is one row holding null: a unit nothing was counted for yet
			.query((rs, n) -> Optional.ofNullable(Columns.instant(rs, "t")))
			.single()
			.orElse(null);
	}

	/** A case in a drill-down list. */
	record CaseLine(long caseId, long unitId, Long departmentId, String caseNumber, LocalDate acceptedOn,
			LocalDate deadline, LocalDate completedOn, Boolean onTime, LocalDate statutoryDeadline,
			Boolean onTimeStatutory, Integer rating) {
	}

	List<CaseLine> cases(Long unitId, CaseFigure figure, Long departmentId, YearMonth month) {
		String condition = switch (figure) {
			case OPEN -> "accepted_on is not null and closed_on is null";
			case COMPLETED -> "completed_on between :from and :to";
			case LATE -> "completed_on between :from and :to and not on_time";
			case LATE_STATUTORY -> "completed_on between :from and :to and not on_time_statutory";
			case RATED -> "rated_on between :from and :to";
			case DISSATISFIED -> "rated_on between :from and :to and rating <= 2";
		};
		String order = figure == CaseFigure.OPEN ? "deadline, case_id" : "case_id";
		return jdbc.sql("select * from supervision.cockpit_case where " + condition + unit(unitId, "unit_id")
				+ (departmentId == null ? "" : " and department_id = :department") + " order by " + order
				+ " limit :limit")
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.param("department", departmentId == null ? 0L : departmentId)
			.param("limit", LIST_LIMIT + 1)
			.params(unitParam(unitId))
			.query((rs, n) -> new CaseLine(rs.getLong("case_id"), rs.getLong("unit_id"),
					rs.getObject("department_id", Long.class), rs.getString("case_number"),
					rs.getObject("accepted_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
					rs.getObject("completed_on", LocalDate.class), rs.getObject("on_time", Boolean.class),
					rs.getObject("statutory_deadline", LocalDate.class), rs.getObject("on_time_statutory", Boolean.class),
					rs.getObject("rating", Integer.class)))
			.list();
	}

	/** A card in a drill-down list. */
	record CardLine(long cardId, String ruleCode, CardColour colour, String state, String objectType, long objectId,
			String objectLabel, long unitId, Long departmentId, Instant raisedAt, LocalDate feedbackDue) {
	}

	List<CardLine> cards(Long unitId, boolean live, YearMonth month, CardColour colour, Long departmentId,
			String ruleCode) {
		StringBuilder where = new StringBuilder(live ? "state in " + LIVE
				: "state in " + STANDING + " and raised_at >= :from and raised_at < :to");
		where.append(unit(unitId, "unit_id"));
		if (colour != null) {
			where.append(" and colour = :colour");
		}
		if (departmentId != null) {
			where.append(departmentId == DailyFigures.NO_DEPARTMENT ? " and department_id is null"
					: " and department_id = :department");
		}
		if (ruleCode != null) {
			where.append(" and rule_code = :rule");
		}
		return jdbc.sql("select * from supervision.card where " + where + " order by raised_at desc, id desc limit :limit")
			.param("from", Columns.time(start(month)))
			.param("to", Columns.time(start(month.plusMonths(1))))
			.param("colour", colour == null ? "" : colour.name())
			.param("department", departmentId == null ? 0L : departmentId)
			.param("rule", ruleCode == null ? "" : ruleCode)
			.param("limit", LIST_LIMIT + 1)
			.params(unitParam(unitId))
			.query((rs, n) -> new CardLine(rs.getLong("id"), rs.getString("rule_code"),
					CardColour.valueOf(rs.getString("colour")), rs.getString("state"), rs.getString("object_type"),
					rs.getLong("object_id"), rs.getString("object_label"), rs.getLong("unit_id"),
					rs.getObject("department_id", Long.class), Columns.instant(rs, "raised_at"),
					rs.getObject("feedback_due", LocalDate.class)))
			.list();
	}

	/** Each unit's sums of the month, for the public figures. */
	Map<Long, Sums> byUnit(YearMonth month) {
		Map<Long, Sums> units = new HashMap<>();
		jdbc.sql("select unit_id, " + SUMS + " from supervision.daily_figure where day between :from and :to"
				+ " group by unit_id")
			.param("from", month.atDay(1))
			.param("to", month.atEndOfMonth())
			.query((rs, n) -> Map.entry(rs.getLong("unit_id"), sums(rs)))
			.list()
			.forEach(entry -> units.put(entry.getKey(), entry.getValue()));
		return units;
	}

	private static final String SUMS = "coalesce(sum(received), 0) received, coalesce(sum(accepted), 0) accepted,"
			+ " coalesce(sum(completed), 0) completed, coalesce(sum(on_time), 0) on_time,"
			+ " coalesce(sum(with_statutory), 0) with_statutory, coalesce(sum(on_time_statutory), 0) on_time_statutory,"
			+ " coalesce(sum(days_used), 0) days_used, coalesce(sum(days_promised), 0) days_promised,"
			+ " coalesce(sum(rated), 0) rated, coalesce(sum(satisfied), 0) satisfied,"
			+ " coalesce(sum(dissatisfied), 0) dissatisfied, coalesce(sum(complaints), 0) complaints";

	private static Sums sums(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Sums(rs.getLong("received"), rs.getLong("accepted"), rs.getLong("completed"), rs.getLong("on_time"),
				rs.getLong("with_statutory"), rs.getLong("on_time_statutory"), rs.getLong("days_used"), rs.getLong("days_promised"), rs.getLong("rated"), rs.getLong("satisfied"),
				rs.getLong("dissatisfied"), rs.getLong("complaints"));
	}

	private static Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(Clocks.BUSINESS_ZONE).toInstant();
	}

	private static String unit(Long unitId, String column) {
		return unitId == null ? "" : " and " + column + " = :unit";
	}

	private static Map<String, Object> unitParam(Long unitId) {
		return unitId == null ? Map.of() : Map.of("unit", unitId);
	}
}
