package org.xiaoneng.casework;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import static org.xiaoneng.casework.CaseRow.date;
import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.casework.CaseRow.optional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases with their materials, notices, steps, pauses, extensions, documents and history (schema casework). */
@Repository
class CaseFiles {

	private final JdbcClient jdbc;

	CaseFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- case ---------------------------------------------------------------------------------------------------

	/** Inserts a case from column values (names are the code's own constants) and returns its id. */
	long insert(Map<String, Object> values) {
		String columns = String.join(", ", values.keySet());
		String parameters = values.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
		JdbcClient.StatementSpec statement = jdbc
			.sql("insert into casework.case_file (" + columns + ") values (" + parameters + ") returning id");
		for (Map.Entry<String, Object> value : values.entrySet()) {
			statement = statement.param(value.getKey(), value(value.getValue()));
		}
		return statement.query(Long.class).single();
	}

	/** Sets columns of a case (names are the code's own constants). */
	void set(long id, Map<String, Object> values) {
		String assignments = values.keySet()
			.stream()
			.map(column -> column + " = :" + column)
			.collect(Collectors.joining(", "));
		JdbcClient.StatementSpec statement = jdbc
			.sql("update casework.case_file set " + assignments + ", version = version + 1 where id = :id")
			.param("id", id);
		for (Map.Entry<String, Object> value : values.entrySet()) {
			statement = statement.param(value.getKey(), value(value.getValue()));
		}
		statement.update();
	}

	static Map<String, Object> columns(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	Optional<CaseRow> find(long id) {
		return jdbc.sql("select * from casework.case_file where id = :id").param("id", id).query(CaseRow::map).optional();
	}

	/** The case locked for the rest of the transaction, so that two clicks never change it twice. */
	Optional<CaseRow> lock(long id) {
		return jdbc.sql("select * from casework.case_file where id = :id for update")
			.param("id", id)
			.query(CaseRow::map)
			.optional();
	}

	Optional<Long> byIdempotencyKey(String key) {
		return jdbc.sql("select id from casework.case_file where idempotency_key = :key")
			.param("key", key)
			.query(Long.class)
			.optional();
	}

	Optional<CaseRow> byQueryCode(String code) {
		return jdbc.sql("select * from casework.case_file where query_code = :code")
			.param("code", code)
			.query(CaseRow::map)
			.optional();
	}

	boolean queryCodeTaken(String code) {
		return jdbc.sql("select count(*) from casework.case_file where query_code = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	/** Received cases whose period for a one-time notice has passed (行政许可法 第三十二条). */
	List<Long> receivedWithNoticePeriodOver(LocalDate today) {
		return jdbc.sql("select id from casework.case_file where state = 'RECEIVED' and notice_due_on < :today order by id")
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/** Cases whose clock runs (not paused), for the deadline sweep. */
	/** The states in which a case's clock runs towards its deadline (a paused case's clock stands still). */
	static final Set<CaseState> CLOCK_RUNNING = EnumSet.of(CaseState.ACCEPTED, CaseState.PROCESSING,
			CaseState.REFUSAL_PENDING);

	/**
	 * The cases whose clock runs. A refusal filed before acceptance leaves its case REFUSAL_PENDING without a deadline:
	 * that case has no clock and is not listed.
	 */
	List<CaseRow> running() {
		return jdbc.sql("""
				select * from casework.case_file
				where state in ('ACCEPTED', 'PROCESSING', 'REFUSAL_PENDING') and deadline is not null order by id""")
			.query(CaseRow::map)
			.list();
	}

	// ---- materials ----------------------------------------------------------------------------------------------

	void insertMaterials(long caseId, List<ReceivedMaterial> materials, int round) {
		int position = jdbc.sql("select coalesce(max(position), 0) from casework.case_material where case_id = :id")
			.param("id", caseId)
			.query(Integer.class)
			.single();
		for (ReceivedMaterial material : materials) {
			jdbc.sql("""
					insert into casework.case_material (case_id, position, item_material_number, name, original, copies,
					pages, round) values (:case, :position, :number, :name, :original, :copies, :pages, :round)""")
				.param("case", caseId)
				.param("position", ++position)
				.param("number", material.itemMaterialNumber())
				.param("name", material.name().strip())
				.param("original", material.original())
				.param("copies", material.copies())
				.param("pages", material.pages())
				.param("round", round)
				.update();
		}
	}

	/** Materials with their positions and correction rounds. */
	record StoredMaterial(int position, ReceivedMaterial material, int round) {
	}

	List<StoredMaterial> materials(long caseId) {
		return jdbc.sql("select * from casework.case_material where case_id = :id order by position")
			.param("id", caseId)
			.query((rs, row) -> new StoredMaterial(rs.getInt("position"),
					new ReceivedMaterial((Integer) rs.getObject("item_material_number"), rs.getString("name"),
							rs.getBoolean("original"), rs.getInt("copies"), rs.getInt("pages")),
					rs.getInt("round")))
			.list();
	}

	// ---- correction notices -----------------------------------------------------------------------------------

	int noticeRounds(long caseId) {
		return jdbc.sql("select count(*) from casework.correction_notice where case_id = :id")
			.param("id", caseId)
			.query(Integer.class)
			.single();
	}

	void insertNotice(long caseId, int round, long unitId, LocalDate on, Instant at, String by, String reason,
			boolean breach) {
		jdbc.sql("""
				insert into casework.correction_notice (case_id, round, unit_id, issued_on, issued_at, issued_by, reason, breach)
				values (:case, :round, :unit, :on, :at, :by, :reason, :breach)""")
			.param("case", caseId)
			.param("round", round)
			.param("unit", unitId)
			.param("on", on)
			.param("at", time(at))
			.param("by", by)
			.param("reason", reason)
			.param("breach", breach)
			.update();
	}

	void noticeCorrected(long caseId, int round, LocalDate on) {
		jdbc.sql("update casework.correction_notice set corrected_on = :on where case_id = :case and round = :round")
			.param("case", caseId)
			.param("round", round)
			.param("on", on)
			.update();
	}

	/** A defect of a notice: named material and what is wrong. */
	record StoredDefect(Integer itemMaterialNumber, Integer materialPosition, String name, String problem) {
	}

	void insertDefects(long caseId, int round, List<StoredDefect> defects) {
		int position = 0;
		for (StoredDefect defect : defects) {
			jdbc.sql("""
					insert into casework.case_defect (case_id, notice_round, position, item_material_number,
					material_position, name, problem) values (:case, :round, :position, :number, :material, :name, :problem)""")
				.param("case", caseId)
				.param("round", round)
				.param("position", ++position)
				.param("number", defect.itemMaterialNumber())
				.param("material", defect.materialPosition())
				.param("name", defect.name())
				.param("problem", defect.problem())
				.update();
		}
	}

	// ---- steps --------------------------------------------------------------------------------------------------

	void insertStep(long caseId, int number, String name, long postId, long departmentId, int budget) {
		jdbc.sql("""
				insert into casework.case_step (case_id, number, name, post_id, department_id, budget_days)
				values (:case, :number, :name, :post, :department, :budget)""")
			.param("case", caseId)
			.param("number", number)
			.param("name", name)
			.param("post", postId)
			.param("department", departmentId)
			.param("budget", budget)
			.update();
	}

	void assignStep(long caseId, int number, Long staffId, String staffNumber, boolean onBehalf, Instant at,
			LocalDate on, LocalDate dueOn, boolean needsSigning, LocalDate signBy) {
		jdbc.sql("""
				update casework.case_step set staff_id = :staff, staff_number = :number_, on_behalf = :behalf,
				assigned_at = :at, assigned_on = :on, due_on = :due, needs_signing = :signing, sign_by = :signBy
				where case_id = :case and number = :number""")
			.param("case", caseId)
			.param("number", number)
			.param("staff", staffId)
			.param("number_", staffNumber)
			.param("behalf", onBehalf)
			.param("at", time(at))
			.param("on", on)
			.param("due", dueOn)
			.param("signing", needsSigning)
			.param("signBy", signBy)
			.update();
	}

	void signStep(long caseId, int number, Instant at, String by) {
		jdbc.sql("update casework.case_step set signed_at = :at, signed_by = :by where case_id = :case and number = :number")
			.param("case", caseId)
			.param("number", number)
			.param("at", time(at))
			.param("by", by)
			.update();
	}

	void completeStep(long caseId, int number, Instant at, LocalDate on, String by, String opinion) {
		jdbc.sql("""
				update casework.case_step set completed_at = :at, completed_on = :on, completed_by = :by, opinion = :opinion,
				signed_at = coalesce(signed_at, :at), signed_by = coalesce(signed_by, :by)
				where case_id = :case and number = :number""")
			.param("case", caseId)
			.param("number", number)
			.param("at", time(at))
			.param("on", on)
			.param("by", by)
			.param("opinion", opinion)
			.update();
	}

	/** The stored step with the ids needed for routing. */
	List<CaseStep> steps(long caseId) {
		return jdbc.sql("select * from casework.case_step where case_id = :id order by number")
			.param("id", caseId)
			.query((rs, row) -> new CaseStep(rs.getInt("number"), rs.getString("name"), rs.getLong("post_id"),
					rs.getLong("department_id"), (Long) rs.getObject("staff_id"), null, rs.getBoolean("on_behalf"),
					rs.getInt("budget_days"), date(rs, "assigned_on"), date(rs, "due_on"),
					rs.getBoolean("needs_signing"), date(rs, "sign_by"), instant(rs, "signed_at"),
					rs.getBoolean("sign_flagged"), date(rs, "completed_on"), rs.getString("completed_by"),
					rs.getString("opinion")))
			.list();
	}

	/** A step that was handed over and not signed for by the end of its working day. */
	record UnsignedStep(long caseId, long unitId, int number, long departmentId, Long staffId, LocalDate assignedOn) {
	}

	List<UnsignedStep> unsignedBefore(LocalDate today) {
		return jdbc.sql("""
				select s.case_id, c.unit_id, s.number, s.department_id, s.staff_id, s.assigned_on
				from casework.case_step s join casework.case_file c on c.id = s.case_id
				where s.needs_signing and s.signed_at is null and not s.sign_flagged and s.sign_by < :today
				order by s.case_id, s.number""")
			.param("today", today)
			.query((rs, row) -> new UnsignedStep(rs.getLong("case_id"), rs.getLong("unit_id"), rs.getInt("number"),
					rs.getLong("department_id"), (Long) rs.getObject("staff_id"), date(rs, "assigned_on")))
			.list();
	}

	/** Flags the step unless it is flagged already; returns whether this call flagged it. */
	boolean flagUnsigned(long caseId, int number) {
		return jdbc.sql("""
				update casework.case_step set sign_flagged = true
				where case_id = :case and number = :number and not sign_flagged""")
			.param("case", caseId)
			.param("number", number)
			.update() == 1;
	}

	// ---- pauses -------------------------------------------------------------------------------------------------

	long insertPause(long caseId, PauseKind kind, String procedure, String reason, Integer plannedDays, LocalDate on,
			String by) {
		return jdbc.sql("""
				insert into casework.case_pause (case_id, kind, procedure_name, reason, planned_days, started_on, started_by)
				values (:case, :kind, :procedure, :reason, :planned, :on, :by) returning id""")
			.param("case", caseId)
			.param("kind", kind.name())
			.param("procedure", procedure)
			.param("reason", reason)
			.param("planned", plannedDays)
			.param("on", on)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	void endPause(long pauseId, LocalDate on, int workingDays) {
		jdbc.sql("update casework.case_pause set ended_on = :on, working_days = :days where id = :id")
			.param("id", pauseId)
			.param("on", on)
			.param("days", workingDays)
			.update();
	}

	List<CasePause> pauses(long caseId) {
		return jdbc.sql("select * from casework.case_pause where case_id = :id order by id")
			.param("id", caseId)
			.query((rs, row) -> new CasePause(rs.getLong("id"), PauseKind.valueOf(rs.getString("kind")),
					rs.getString("procedure_name"), rs.getString("reason"), (Integer) rs.getObject("planned_days"),
					date(rs, "started_on"), date(rs, "ended_on"), (Integer) rs.getObject("working_days")))
			.list();
	}

	// ---- extensions ---------------------------------------------------------------------------------------------

	long insertExtension(long caseId, long unitId, int days, String reason, LocalDate on, String by, long deciderId,
			LocalDate deadlineBefore) {
		return jdbc.sql("""
				insert into casework.case_extension (case_id, unit_id, working_days, reason, requested_on, requested_by,
				decider_staff_id, deadline_before) values (:case, :unit, :days, :reason, :on, :by, :decider, :before)
				returning id""")
			.param("case", caseId)
			.param("unit", unitId)
			.param("days", days)
			.param("reason", reason)
			.param("on", on)
			.param("by", by)
			.param("decider", deciderId)
			.param("before", deadlineBefore)
			.query(Long.class)
			.single();
	}

	void decideExtension(long id, ExtensionDecision decision, String note, Instant at, String by, LocalDate after) {
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

	List<CaseExtension> extensions(long caseId) {
		return jdbc.sql(EXTENSION + "where case_id = :id order by id").param("id", caseId).query(CaseFiles::extension).list();
	}

	Optional<CaseExtension> extension(long id) {
		return jdbc.sql(EXTENSION + "where id = :id").param("id", id).query(CaseFiles::extension).optional();
	}

	List<CaseExtension> pendingExtensionsFor(List<Long> deciderIds) {
		if (deciderIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(EXTENSION + "where decision is null and decider_staff_id in (:ids) order by id")
			.param("ids", deciderIds)
			.query(CaseFiles::extension)
			.list();
	}

	private static CaseExtension extension(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CaseExtension(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("working_days"),
				rs.getString("reason"), date(rs, "requested_on"), rs.getString("requested_by"),
				rs.getLong("decider_staff_id"), optional(rs.getString("decision"), ExtensionDecision.class),
				rs.getString("decision_note"), date(rs, "deadline_before"), date(rs, "deadline_after"));
	}

	// ---- documents ----------------------------------------------------------------------------------------------

	/** Stores a document unless one with that number is already on the case; returns its id either way. */
	long insertDocument(long caseId, String kind, String title, String number, String notice, byte[] pdf,
			boolean forApplicant, Instant at) {
		Optional<Long> existing = jdbc.sql("select id from casework.case_document where case_id = :case and number = :number")
			.param("case", caseId)
			.param("number", number)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		return jdbc.sql("""
				insert into casework.case_document (case_id, kind, title, number, notice, pdf, for_applicant, issued_at)
				values (:case, :kind, :title, :number, :notice, :pdf, :forApplicant, :at) returning id""")
			.param("case", caseId)
			.param("kind", kind)
			.param("title", title)
			.param("number", number)
			.param("notice", notice)
			.param("pdf", pdf)
			.param("forApplicant", forApplicant)
			.param("at", time(at))
			.query(Long.class)
			.single();
	}

	List<CaseDocument> documents(long caseId) {
		return jdbc.sql("select id, kind, title, number, for_applicant, issued_at from casework.case_document where case_id = :id order by id")
			.param("id", caseId)
			.query((rs, row) -> new CaseDocument(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
					rs.getString("number"), rs.getBoolean("for_applicant"), instant(rs, "issued_at")))
			.list();
	}

	/** A stored document's data and PDF. */
	record StoredDocument(long id, long caseId, String title, String number, String notice, byte[] pdf,
			boolean forApplicant) {
	}

	Optional<StoredDocument> document(long caseId, long documentId) {
		return jdbc.sql("select * from casework.case_document where case_id = :case and id = :id")
			.param("case", caseId)
			.param("id", documentId)
			.query((rs, row) -> new StoredDocument(rs.getLong("id"), rs.getLong("case_id"), rs.getString("title"),
					rs.getString("number"), rs.getString("notice"), rs.getBytes("pdf"), rs.getBoolean("for_applicant")))
			.optional();
	}

	// ---- history ------------------------------------------------------------------------------------------------

	void history(long caseId, Instant at, String actor, String action, String note) {
		jdbc.sql("insert into casework.case_history (case_id, at, actor, action, note) values (:case, :at, :actor, :action, :note)")
			.param("case", caseId)
			.param("at", time(at))
			.param("actor", actor)
			.param("action", action)
			.param("note", note)
			.update();
	}

	List<CaseHistoryEntry> history(long caseId) {
		return jdbc.sql("select * from casework.case_history where case_id = :id order by id")
			.param("id", caseId)
			.query((rs, row) -> new CaseHistoryEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("note")))
			.list();
	}

	// ---- numbers ------------------------------------------------------------------------------------------------

	/**
	 * The next number of a kind for a unit and year, in one statement: the counter row is created at 1 or moved on by
	 * one, and stays locked until the transaction ends, so that concurrent acceptances on several nodes never take
	 * the same number and a rolled-back one leaves no gap. Callers take it as late as they can, since every other
	 * transaction numbering for the unit waits for their commit.
	 */
	int nextNumber(long unitId, int year, String kind) {
		return jdbc.sql("""
				insert into casework.number_counter (unit_id, year, kind, last) values (:unit, :year, :kind, 1)
				on conflict (unit_id, year, kind) do update set last = casework.number_counter.last + 1
				returning last""")
			.param("unit", unitId)
			.param("year", year)
			.param("kind", kind)
			.query(Integer.class)
			.single();
	}

	// ---- helpers ------------------------------------------------------------------------------------------------

	private static Object value(Object value) {
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof Instant instant) {
			return time(instant);
		}
		return value;
	}
}
