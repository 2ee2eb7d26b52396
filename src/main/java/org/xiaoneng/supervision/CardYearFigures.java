package org.xiaoneng.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;

/**
 * A year's cards in figures for the performance evaluation (绩效考评, rule 八), set-based: yellow and red cards issued
 * in the year and not revoked or cancelled, per department and holder, and the cards behind one person's or
 * department's count as their evidence. The caller (the evaluation module) checks who may read them.
 */
@Service
public class CardYearFigures {

	/** At most this many cards are listed as one figure's evidence, the latest first. */
	public static final int EVIDENCE_LIMIT = 500;

	private final JdbcClient jdbc;

	CardYearFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's standing cards of a department and holder ({@code null} where nobody could be named).
	 *
	 * @param departmentId the department
	 * @param holderStaffId the holder, or {@code null}
	 * @param yellow yellow cards (黄牌)
	 * @param red red cards (红牌)
	 */
	public record Figures(long departmentId, Long holderStaffId, long yellow, long red) {
	}

	/**
	 * A card behind a count.
	 *
	 * @param cardId the card, for its page
	 * @param colour yellow or red
	 * @param objectLabel what it is about (a case number…)
	 * @param issuedOn the day it was issued
	 */
	public record Evidence(long cardId, CardColour colour, String objectLabel, LocalDate issuedOn) {
	}

	/** Every department's and holder's yellow and red cards of the year, in one pass. */
	@Transactional(readOnly = true)
	public List<Figures> ofYear(int year) {
		return figures(year, "", null);
	}

	/** One holder's figures of the year, per department, by the same query restricted to them. */
	@Transactional(readOnly = true)
	public List<Figures> ofStaff(StaffId staffId, int year) {
		return figures(year, "and holder_staff_id = :staff", staffId.value());
	}

	private List<Figures> figures(int year, String whose, Long staffId) {
		return jdbc.sql("""
				select department_id, holder_staff_id, count(*) filter (where colour = 'YELLOW') as yellow,
				  count(*) filter (where colour = 'RED') as red
				from supervision.card
				where issued_at >= :from and issued_at < :to and department_id is not null
				  and colour in ('YELLOW', 'RED') and state not in ('PENDING', 'REVOKED', 'CANCELLED') %s
				group by department_id, holder_staff_id""".formatted(whose))
			.param("staff", staffId)
			.param("from", LocalDate.of(year, 1, 1).atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime())
			.param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime())
			.query((rs, row) -> new Figures(rs.getLong("department_id"), rs.getObject("holder_staff_id", Long.class),
					rs.getLong("yellow"), rs.getLong("red")))
			.list();
	}

	/** The year's standing yellow and red cards of a holder, latest first. */
	@Transactional(readOnly = true)
	public List<Evidence> cardsOfHolder(StaffId staffId, int year) {
		return evidence("holder_staff_id = :who", staffId.value(), year);
	}

	/** The year's standing yellow and red cards of a department, latest first. */
	@Transactional(readOnly = true)
	public List<Evidence> cardsOfDepartment(DepartmentId departmentId, int year) {
		return evidence("department_id = :who", departmentId.value(), year);
	}

	private List<Evidence> evidence(String whose, long who, int year) {
		return jdbc.sql("""
				select id, colour, object_label, issued_at from supervision.card
				where issued_at >= :from and issued_at < :to and colour in ('YELLOW', 'RED')
				  and state not in ('PENDING', 'REVOKED', 'CANCELLED') and %s
				order by issued_at desc, id desc limit :limit""".formatted(whose))
			.param("who", who)
			.param("from", LocalDate.of(year, 1, 1).atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime())
			.param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(Clocks.BUSINESS_ZONE).toOffsetDateTime())
			.param("limit", EVIDENCE_LIMIT)
			.query((rs, row) -> new Evidence(rs.getLong("id"), CardColour.valueOf(rs.getString("colour")),
					rs.getString("object_label"), rs.getObject("issued_at", OffsetDateTime.class)
						.atZoneSameInstant(Clocks.BUSINESS_ZONE).toLocalDate()))
			.list();
	}
}
