package org.xiaoneng.disclosure;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;

/**
 * Counts a unit's year for the annual report (政府信息公开条例 第五十条): each table one aggregate query over the
 * module's own rows. Items count by their history: an edition published in the year, an item withdrawn in it, an
 * item whose last publication or withdrawal before the year's end was a publication stands published. Requests count
 * by their days: received in the year, carried in when received before it and not closed by its first day, handled
 * when answered or lapsed in it, carried out when not closed by its last. The year runs in the business zone.
 */
@Component
class AnnualReporting {

	private final JdbcClient jdbc;

	private final Organization organization;

	AnnualReporting(JdbcClient jdbc, Organization organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	@Transactional(readOnly = true)
	AnnualReport report(long unitId, int year, Caller caller) {
		// the report is the unit's as a whole: its editors, its leaders (a deputy too, whose scope is the departments
		// they oversee), supervisors and administrators
		boolean leaderOfUnit = caller.hasRole("LEADER")
				&& caller.staff().map(staff -> staff.unitId() == unitId).orElse(false);
		if (!leaderOfUnit) {
			DisclosureAccess.requireReader(caller, unitId, 0, unitId);
		}
		if (year < 2008 || year > 9999) {
			// 政府信息公开条例 took effect on 1 May 2008
			throw new DisclosureInputException("disclosure.error.reportYear", year);
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate next = first.plusYears(1);
		return new AnnualReport(unitId, organization.unit(new UnitId(unitId)).name(), year, published(unitId, first, next),
				requests(unitId, first, next), challenges(unitId, first, next));
	}

	private List<AnnualReport.PublishedRow> published(long unitId, LocalDate first, LocalDate next) {
		Timestamp from = Timestamp.from(first.atStartOfDay(Clocks.BUSINESS_ZONE).toInstant());
		Timestamp to = Timestamp.from(next.atStartOfDay(Clocks.BUSINESS_ZONE).toInstant());
		Map<Category, int[]> counts = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			counts.put(category, new int[3]);
		}
		jdbc.sql("""
				select i.category,
				  count(*) filter (where h.action = 'PUBLISHED' and h.at >= :from and h.at < :to),
				  count(*) filter (where h.action = 'WITHDRAWN' and h.at >= :from and h.at < :to)
				from disclosure.item i join disclosure.item_history h on h.item_id = i.id
				where i.unit_id = :unit group by i.category""")
			.param("unit", unitId)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				int[] row = counts.get(Category.valueOf(rs.getString(1)));
				row[0] = rs.getInt(2);
				row[1] = rs.getInt(3);
			});
		jdbc.sql("""
				select category, count(*) from (
				  select distinct on (h.item_id) i.category, h.action
				  from disclosure.item i join disclosure.item_history h on h.item_id = i.id
				  where i.unit_id = :unit and h.action in ('PUBLISHED', 'WITHDRAWN') and h.at < :to
				  order by h.item_id, h.at desc, h.id desc) last
				where action = 'PUBLISHED' group by category""")
			.param("unit", unitId)
			.param("to", to)
			.query(rs -> {
				counts.get(Category.valueOf(rs.getString(1)))[2] = rs.getInt(2);
			});
		return counts.entrySet()
			.stream()
			.map(entry -> new AnnualReport.PublishedRow(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
					entry.getValue()[2]))
			.toList();
	}

	private List<AnnualReport.RequestRow> requests(long unitId, LocalDate first, LocalDate next) {
		String inYear = "%s >= :first and %s < :next";
		List<String> columns = new ArrayList<>();
		for (RequestRowKey key : RequestRowKey.values()) {
			String condition = switch (key) {
				case RECEIVED -> inYear.formatted("received_on", "received_on");
				case CARRIED_IN -> "received_on < :first and coalesce(answered_on, withdrawn_on, 'infinity') >= :first";
				case LAPSED -> inYear.formatted("withdrawn_on", "withdrawn_on");
				case HANDLED -> "(" + inYear.formatted("answered_on", "answered_on") + ") or ("
						+ inYear.formatted("withdrawn_on", "withdrawn_on") + ")";
				case CARRIED_OUT -> "received_on < :next and coalesce(answered_on, withdrawn_on, 'infinity') >= :next";
				default -> inYear.formatted("answered_on", "answered_on") + " and answer in ("
						+ key.answers().stream().map(answer -> "'" + answer.name() + "'").collect(Collectors.joining(", "))
						+ ")";
			};
			columns.add("count(*) filter (where " + condition + ")");
		}
		Map<Applicant.Kind, int[]> byKind = new EnumMap<>(Applicant.Kind.class);
		for (Applicant.Kind kind : Applicant.Kind.values()) {
			byKind.put(kind, new int[columns.size()]);
		}
		jdbc.sql("select applicant_kind, " + String.join(", ", columns) + """
				 from disclosure.information_request
				where unit_id = :unit and received_on is not null group by applicant_kind""")
			.param("unit", unitId)
			.param("first", first)
			.param("next", next)
			.query(rs -> {
				int[] row = byKind.get(Applicant.Kind.valueOf(rs.getString(1)));
				for (int i = 0; i < row.length; i++) {
					row[i] = rs.getInt(i + 2);
				}
			});
		return Arrays.stream(RequestRowKey.values())
			.map(key -> new AnnualReport.RequestRow(key, byKind.get(Applicant.Kind.CITIZEN)[key.ordinal()],
					byKind.get(Applicant.Kind.ORGANIZATION)[key.ordinal()]))
			.toList();
	}

	private List<AnnualReport.ChallengeRow> challenges(long unitId, LocalDate first, LocalDate next) {
		Map<ChallengeKind, int[]> counts = new EnumMap<>(ChallengeKind.class);
		for (ChallengeKind kind : ChallengeKind.values()) {
			counts.put(kind, new int[ChallengeOutcome.values().length]);
		}
		jdbc.sql("""
				select kind, outcome, count(*) from disclosure.request_challenge
				where unit_id = :unit and filed_on >= :first and filed_on < :next group by kind, outcome""")
			.param("unit", unitId)
			.param("first", first)
			.param("next", next)
			.query(rs -> {
				counts.get(ChallengeKind.valueOf(rs.getString(1)))[ChallengeOutcome.valueOf(rs.getString(2))
					.ordinal()] = rs.getInt(3);
			});
		return counts.entrySet().stream().map(entry -> {
			int[] n = entry.getValue();
			return new AnnualReport.ChallengeRow(entry.getKey(), n[ChallengeOutcome.UPHELD.ordinal()],
					n[ChallengeOutcome.CORRECTED.ordinal()], n[ChallengeOutcome.OTHER.ordinal()],
					n[ChallengeOutcome.PENDING.ordinal()]);
		}).toList();
	}
}
