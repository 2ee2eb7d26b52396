package org.xiaoneng.substitution;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import static org.xiaoneng.common.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.WorkItem;

/** Absences and their handover lists. */
@Repository
class Absences {

	private static final String COLUMNS = "*, lower(period) as starts_at, upper(period) as ends_at ";

	private final JdbcClient jdbc;

	Absences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewAbsence absence, long departmentId, AbsenceStatus status, boolean handoverRequired,
			Long substituteStaffId, String by, Instant at) {
		try {
			return jdbc.sql("""
					insert into substitution.absence (staff_id, department_id, kind, period, reason, status,
					handover_required, substitute_staff_id, requested_by, requested_at)
					values (:staff, :department, :kind, tstzrange(:from, :to, '[)'), :reason, :status, :handover,
					:substitute, :by, :at) returning id""")
				.param("staff", absence.staffId())
				.param("department", departmentId)
				.param("kind", absence.kind().name())
				.param("from", time(absence.from()))
				.param("to", time(absence.to()))
				.param("reason", absence.reason().strip())
				.param("status", status.name())
				.param("handover", handoverRequired)
				.param("substitute", substituteStaffId)
				.param("by", by)
				.param("at", time(at))
				.query(Long.class)
				.single();
		}
		catch (DataIntegrityViolationException concurrent) {
			// the exclusion constraint caught an overlapping absence inserted by a concurrent request
			throw new AbsencesOverlapException(absence.from(), absence.to());
		}
	}

	Optional<Absence> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from substitution.absence where id = :id")
			.param("id", id)
			.query(Absences::absence)
			.optional();
	}

	/** The absences of these people that overlap the period. */
	List<Absence> overlapping(Collection<Long> staffIds, Instant from, Instant to) {
		if (staffIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + """
				 from substitution.absence where staff_id in (:staff)
				and period && tstzrange(:from, :to, '[)') order by lower(period)""")
			.param("staff", staffIds)
			.param("from", time(from))
			.param("to", time(to))
			.query(Absences::absence)
			.list();
	}

	/** Absences, not yet over, whose named substitute is this person and that overlap the period. */
	List<Absence> substitutedBy(long staffId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + """
				 from substitution.absence where substitute_staff_id = :staff
				and period && tstzrange(:from, :to, '[)') order by lower(period)""")
			.param("staff", staffId)
			.param("from", time(from))
			.param("to", time(to))
			.query(Absences::absence)
			.list();
	}

	List<Absence> of(long staffId) {
		return jdbc.sql("select " + COLUMNS + " from substitution.absence where staff_id = :staff order by lower(period) desc")
			.param("staff", staffId)
			.query(Absences::absence)
			.list();
	}

	List<Absence> substitutedBy(long staffId) {
		return jdbc.sql("select " + COLUMNS + """
				 from substitution.absence where substitute_staff_id = :staff order by lower(period) desc""")
			.param("staff", staffId)
			.query(Absences::absence)
			.list();
	}

	List<Absence> withStatus(AbsenceStatus status) {
		return jdbc.sql("select " + COLUMNS + " from substitution.absence where status = :status order by lower(period)")
			.param("status", status.name())
			.query(Absences::absence)
			.list();
	}

	void approve(long id, String by, Instant at) {
		jdbc.sql("update substitution.absence set status = 'APPROVED', approved_by = :by, approved_at = :at where id = :id")
			.param("id", id)
			.param("by", by)
			.param("at", time(at))
			.update();
	}

	/** Moves the absence from one status to the next; {@code false} when it was moved already (by another node). */
	boolean changeStatus(long id, AbsenceStatus from, AbsenceStatus to) {
		return jdbc.sql("update substitution.absence set status = :to where id = :id and status = :from")
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.update() == 1;
	}

	void acknowledge(long id, Instant at) {
		jdbc.sql("update substitution.absence set acknowledged_at = :at where id = :id")
			.param("id", id)
			.param("at", time(at))
			.update();
	}

	void recordReturn(long id, String report, Instant at) {
		jdbc.sql("update substitution.absence set return_report = :report, returned_at = :at where id = :id")
			.param("id", id)
			.param("report", report)
			.param("at", time(at))
			.update();
	}

	void insertHandover(long absenceId, List<WorkItem> items) {
		for (int i = 0; i < items.size(); i++) {
			WorkItem item = items.get(i);
			jdbc.sql("""
					insert into substitution.handover_item (absence_id, position, module, item_id, title, link,
					deadline, in_progress) values (:absence, :position, :module, :item, :title, :link, :deadline,
					:inProgress)""")
				.param("absence", absenceId)
				.param("position", i + 1)
				.param("module", item.module())
				.param("item", item.id())
				.param("title", item.title())
				.param("link", item.link())
				.param("deadline", item.deadline())
				.param("inProgress", item.inProgress())
				.update();
		}
	}

	boolean note(long absenceId, int position, String note) {
		return jdbc.sql("update substitution.handover_item set note = :note where absence_id = :absence and position = :position")
			.param("absence", absenceId)
			.param("position", position)
			.param("note", note)
			.update() == 1;
	}

	List<HandoverItem> handover(long absenceId) {
		return jdbc.sql("select * from substitution.handover_item where absence_id = :absence order by position")
			.param("absence", absenceId)
			.query((rs, row) -> new HandoverItem(rs.getInt("position"), rs.getString("module"),
					rs.getString("item_id"), rs.getString("title"), rs.getString("link"),
					rs.getObject("deadline", java.time.LocalDate.class), rs.getBoolean("in_progress"),
					rs.getString("note")))
			.list();
	}

	private static Absence absence(ResultSet rs, int row) throws SQLException {
		return new Absence(rs.getLong("id"), rs.getLong("staff_id"), rs.getLong("department_id"),
				AbsenceKind.valueOf(rs.getString("kind")), instant(rs, "starts_at"), instant(rs, "ends_at"),
				rs.getString("reason"), AbsenceStatus.valueOf(rs.getString("status")),
				rs.getBoolean("handover_required"), rs.getObject("substitute_staff_id", Long.class),
				rs.getString("requested_by"), rs.getString("approved_by"), instant(rs, "approved_at"),
				instant(rs, "acknowledged_at"), rs.getString("return_report"));
	}
}
