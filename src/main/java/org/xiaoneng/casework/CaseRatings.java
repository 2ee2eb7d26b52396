package org.xiaoneng.casework;

import static org.xiaoneng.casework.CaseFiles.date;
import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applicants' ratings (好差评) and the rectifications (核实整改) that bad ones open (schema casework). */
@Repository
class CaseRatings {

	private final JdbcClient jdbc;

	CaseRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean rated(long caseId) {
		return jdbc.sql("select count(*) from casework.rating where case_id = :id")
			.param("id", caseId)
			.query(Long.class)
			.single() > 0;
	}

	/** A real-name rating; a blank comment is stored as none, a rating without a channel as the progress page's. */
	void add(long caseId, long unitId, long departmentId, NewRating rating, LocalDate on, Instant at) {
		String comment = rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip();
		jdbc.sql("""
				insert into casework.rating (case_id, unit_id, department_id, overall, efficiency, service_level, attitude,
				comment, channel, real_name, rated_on, rated_at) values (:case, :unit, :department, :overall, :efficiency,
				:level, :attitude, :comment, :channel, true, :on, :at)""")
			.param("case", caseId)
			.param("unit", unitId)
			.param("department", departmentId)
			.param("overall", rating.overall())
			.param("efficiency", rating.efficiency())
			.param("level", rating.serviceLevel())
			.param("attitude", rating.attitude())
			.param("comment", comment)
			.param("channel", (rating.channel() == null ? RatingChannel.PROGRESS_PAGE : rating.channel()).name())
			.param("on", on)
			.param("at", time(at))
			.update();
	}

	/** A unit's ratings of a period, each level as its GB/T 39046 code. */
	List<RatingExchange> forExchange(long unitId, LocalDate from, LocalDate toInclusive) {
		return jdbc.sql("""
				select c.case_number, c.item_id, r.overall, r.efficiency, r.service_level, r.attitude, r.channel, r.rated_on
				from casework.rating r join casework.case_file c on c.id = r.case_id
				where r.unit_id = :unit and r.rated_on between :from and :to order by r.rated_on, c.id""")
			.param("unit", unitId)
			.param("from", from)
			.param("to", toInclusive)
			.query((rs, row) -> new RatingExchange(rs.getString("case_number"), rs.getLong("item_id"),
					NewRating.gbtCode(rs.getInt("overall")), NewRating.gbtCode(rs.getInt("efficiency")),
					NewRating.gbtCode(rs.getInt("service_level")), NewRating.gbtCode(rs.getInt("attitude")),
					RatingChannel.valueOf(rs.getString("channel")), date(rs, "rated_on")))
			.list();
	}

	long openRectification(long caseId, long unitId, long departmentId, Long headStaffId, LocalDate on,
			LocalDate due) {
		return jdbc.sql("""
				insert into casework.rectification (case_id, unit_id, department_id, head_staff_id, opened_on, due_on)
				values (:case, :unit, :department, :head, :on, :due) returning id""")
			.param("case", caseId)
			.param("unit", unitId)
			.param("department", departmentId)
			.param("head", headStaffId)
			.param("on", on)
			.param("due", due)
			.query(Long.class)
			.single();
	}

	/** Every rectification, the open ones first, soonest due first. */
	List<Rectification> rectifications() {
		return jdbc.sql("""
				select r.*, c.case_number, g.overall, g.comment from casework.rectification r
				join casework.case_file c on c.id = r.case_id join casework.rating g on g.case_id = r.case_id
				order by r.closed_at nulls first, r.due_on""")
			.query((rs, row) -> new Rectification(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
					rs.getLong("department_id"), (Long) rs.getObject("head_staff_id"), date(rs, "opened_on"),
					date(rs, "due_on"), rs.getInt("overall"), rs.getString("comment"), rs.getString("findings"),
					rs.getString("measures"), date(rs, "called_back_on"), rs.getString("call_back_note"),
					rs.getTimestamp("closed_at") != null))
			.list();
	}

	void closeRectification(long id, String findings, String measures, LocalDate calledBackOn, String callBackNote,
			Instant at, String by) {
		jdbc.sql("""
				update casework.rectification set findings = :findings, measures = :measures, called_back_on = :on,
				call_back_note = :note, closed_at = :at, closed_by = :by where id = :id""")
			.param("id", id)
			.param("findings", findings)
			.param("measures", measures)
			.param("on", calledBackOn)
			.param("note", callBackNote)
			.param("at", time(at))
			.param("by", by)
			.update();
	}
}
