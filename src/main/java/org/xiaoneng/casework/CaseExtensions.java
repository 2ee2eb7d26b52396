package org.xiaoneng.casework;

import static org.xiaoneng.casework.CaseFiles.date;
import static org.xiaoneng.casework.CaseFiles.optional;
import static org.xiaoneng.common.Columns.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Extension requests (延期) and the leaders' decisions on them (schema casework). */
@Repository
class CaseExtensions {

	private final JdbcClient jdbc;

	CaseExtensions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long request(long caseId, long unitId, int days, String reason, LocalDate on, String by, long deciderId,
			LocalDate deadlineBefore, LocalDate decisionDue) {
		return jdbc.sql("""
				insert into casework.case_extension (case_id, unit_id, working_days, reason, requested_on, requested_by,
				decider_staff_id, deadline_before, decision_due)
				values (:case, :unit, :days, :reason, :on, :by, :decider, :before, :due) returning id""")
			.param("case", caseId)
			.param("unit", unitId)
			.param("days", days)
			.param("reason", reason)
			.param("on", on)
			.param("by", by)
			.param("decider", deciderId)
			.param("before", deadlineBefore)
			.param("due", decisionDue)
			.query(Long.class)
			.single();
	}

	void decide(long id, ExtensionDecision decision, String note, Instant at, String by, LocalDate after) {
		jdbc.sql("""
				update casework.case_extension set decision = :decision, decision_note = :note, decided_at = :at,
				decided_by = :by, deadline_after = :after where id = :id""")
			.param("id", id)
			.param("decision", decision.name())
			.param("note", note)
			.param("at", time(at))
			.param("by", by)
			.param("after", after)
			.update();
	}

	private static final String EXTENSION = "select * from casework.case_extension ";

	List<CaseExtension> ofCase(long caseId) {
		return jdbc.sql(EXTENSION + "where case_id = :id order by id").param("id", caseId).query(CaseExtensions::extension).list();
	}

	Optional<CaseExtension> find(long id) {
		return jdbc.sql(EXTENSION + "where id = :id").param("id", id).query(CaseExtensions::extension).optional();
	}

	/** The leaders who have a request waiting for their decision. */
	List<Long> pendingDeciders() {
		return jdbc.sql("select distinct decider_staff_id from casework.case_extension where decision is null")
			.query(Long.class)
			.list();
	}

	List<CaseExtension> pendingFor(List<Long> deciderIds) {
		if (deciderIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(EXTENSION + "where decision is null and decider_staff_id in (:ids) order by id")
			.param("ids", deciderIds)
			.query(CaseExtensions::extension)
			.list();
	}

	/** The requests still undecided after their last day and not yet reported overdue. */
	List<CaseExtension> overdueUnreported(LocalDate today) {
		return jdbc.sql(EXTENSION + "where decision is null and decision_due < :today and decision_overdue_at is null order by id")
			.param("today", today)
			.query(CaseExtensions::extension)
			.list();
	}

	/** Marks the decision reported overdue; {@code false} when it was decided or reported meanwhile. */
	boolean markOverdue(long id, Instant at) {
		return jdbc.sql("""
				update casework.case_extension set decision_overdue_at = :at
				where id = :id and decision is null and decision_overdue_at is null""")
			.param("id", id)
			.param("at", time(at))
			.update() == 1;
	}

	private static CaseExtension extension(ResultSet rs, int row) throws SQLException {
		return new CaseExtension(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("working_days"),
				rs.getString("reason"), date(rs, "requested_on"), rs.getString("requested_by"),
				rs.getLong("decider_staff_id"), optional(rs.getString("decision"), ExtensionDecision.class),
				rs.getString("decision_note"), date(rs, "deadline_before"), date(rs, "deadline_after"),
				date(rs, "decision_due"), rs.getObject("decision_overdue_at") != null);
	}

}
