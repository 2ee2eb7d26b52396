package org.xiaoneng.casework;

import static org.xiaoneng.common.Columns.instant;
import static org.xiaoneng.common.Columns.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.documents.Documents;
import org.xiaoneng.platform.documents.Notice;

import tools.jackson.databind.json.JsonMapper;

/**
 * The papers of a case beside the case itself (schema casework): the materials received, the one-time notices with
 * what they listed, the documents issued with their data and PDFs, the history, and the counters that number them.
 */
@Repository
class CasePapers {

	private static final String MATERIALS = "materials";

	private final JdbcClient jdbc;

	/** A notice's data is stored as JSON beside its PDF, so that a reprint renders it again. */
	private final JsonMapper json;

	private final Documents documents;

	CasePapers(JdbcClient jdbc, JsonMapper json, Documents documents) {
		this.jdbc = jdbc;
		this.json = json;
		this.documents = documents;
	}

	// ---- materials ----------------------------------------------------------------------------------------------

	void insertMaterials(long caseId, List<ReceivedMaterial> materials, int round) {
		ReadOnce.forget(MATERIALS, caseId);
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

	/**
	 * The materials received, read once per transaction: the acceptance prints them, its answer lists them and
	 * supervision's copies read the case file with them before the commit. Receiving more forgets what was read.
	 */
	List<StoredMaterial> materials(long caseId) {
		return ReadOnce.read(MATERIALS, caseId, () -> jdbc
			.sql("select * from casework.case_material where case_id = :id order by position")
			.param("id", caseId)
			.query((rs, row) -> new StoredMaterial(rs.getInt("position"),
					new ReceivedMaterial((Integer) rs.getObject("item_material_number"), rs.getString("name"),
							rs.getBoolean("original"), rs.getInt("copies"), rs.getInt("pages")),
					rs.getInt("round")))
			.list());
	}

	// ---- correction notices -----------------------------------------------------------------------------------

	int noticeRounds(long caseId) {
		return jdbc.sql("select count(*) from casework.correction_notice where case_id = :id")
			.param("id", caseId)
			.query(Integer.class)
			.single();
	}

	void insertNotice(long caseId, int round, long unitId, LocalDate on, Instant at, String by, Long byStaffId,
			String reason, boolean breach) {
		jdbc.sql("""
				insert into casework.correction_notice (case_id, round, unit_id, issued_on, issued_at, issued_by,
				  issued_by_staff_id, reason, breach)
				values (:case, :round, :unit, :on, :at, :by, :byStaff, :reason, :breach)""")
			.param("case", caseId)
			.param("round", round)
			.param("unit", unitId)
			.param("on", on)
			.param("at", time(at))
			.param("by", by)
			.param("byStaff", byStaffId)
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

	// ---- documents ----------------------------------------------------------------------------------------------

	/**
	 * Stores a document unless one with that number is already on the case; returns its id either way. A notice
	 * rendered here is stored as its data, its PDF left for {@link #pdf}; an archived one brings its PDF.
	 */
	long insertDocument(long caseId, String kind, String title, String number, Notice notice, byte[] pdf,
			boolean forApplicant, Instant at) {
		return jdbc.sql("""
				insert into casework.case_document (case_id, kind, title, number, notice, pdf, for_applicant, issued_at)
				values (:case, :kind, :title, :number, :notice, :pdf, :forApplicant, :at)
				on conflict (case_id, number) do nothing returning id""")
			.param("case", caseId)
			.param("kind", kind)
			.param("title", title)
			.param("number", number)
			.param("notice", notice == null ? null : json.writeValueAsString(notice))
			.param("pdf", pdf)
			.param("forApplicant", forApplicant)
			.param("at", time(at))
			.query(Long.class)
			.optional()
			.orElseGet(() -> jdbc.sql("select id from casework.case_document where case_id = :case and number = :number")
				.param("case", caseId)
				.param("number", number)
				.query(Long.class)
				.single());
	}

	/**
	 * A stored document's PDF. One issued here is rendered from its stored data the first time it is asked for and
	 * kept from then on (docs/decisions/0030): the rendering is deterministic, so whoever asks first, on any node, gets
	 * the bytes every later download and reprint gets.
	 */
	byte[] pdf(StoredDocument document) {
		if (document.pdf() != null) {
			return document.pdf();
		}
		byte[] pdf = documents.pdf(notice(document).orElseThrow());
		jdbc.sql("update casework.case_document set pdf = :pdf where id = :id and pdf is null")
			.param("pdf", pdf)
			.param("id", document.id())
			.update();
		return pdf;
	}

	List<CaseDocument> documents(long caseId) {
		return jdbc.sql("select id, kind, title, number, for_applicant, issued_at from casework.case_document where case_id = :id order by id")
			.param("id", caseId)
			.query((rs, row) -> new CaseDocument(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
					rs.getString("number"), rs.getBoolean("for_applicant"), instant(rs, "issued_at")))
			.list();
	}

	/** The data a document was rendered from, if it was rendered here (an archived one is only its PDF). */
	Optional<Notice> notice(StoredDocument document) {
		return Optional.ofNullable(document.notice()).map(data -> json.readValue(data, Notice.class));
	}

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

}
