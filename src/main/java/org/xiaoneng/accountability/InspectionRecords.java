package org.xiaoneng.accountability;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.common.Columns;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductCitation;

/** The inspections with their findings, and the findings' evidence files. */
@Repository
class InspectionRecords {

	private static final String FINDING_COLUMNS = """
			id, staff_id, post_id, department_id, conduct_code, conduct_unit_id, conduct_version, description,
			signature, signature_note, signed_at, case_id, recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	InspectionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The inspection with its findings, locked for the rest of the transaction when it is to change. */
	Optional<Inspection> find(long id, boolean forUpdate) {
		return jdbc.sql("""
				select id, kind, visited_on, unit_id, inspector_ids, inspectors, visited, recorded_by, recorded_at
				from accountability.inspection where id = :id""" + (forUpdate ? " for update" : ""))
			.param("id", id)
			.query((rs, n) -> new Inspection(rs.getLong("id"), InspectionKind.valueOf(rs.getString("kind")),
					rs.getObject("visited_on", LocalDate.class), rs.getLong("unit_id"), inspectorIds(rs),
					rs.getString("inspectors"),
					rs.getString("visited"), rs.getString("recorded_by"), Columns.instant(rs, "recorded_at"),
					findings(id)))
			.optional();
	}

	/** The inspection a finding belongs to. */
	Optional<Long> inspectionOf(long findingId) {
		return jdbc.sql("select inspection_id from accountability.inspection_finding where id = :id")
			.param("id", findingId)
			.query(Long.class)
			.optional();
	}

	/** The inspections of a year, newest first, with their findings' counts; the unit's name left to the caller. */
	List<InspectionRow> ofYear(int year) {
		if (year < 1 || year > 9998) {
			return List.of(); // no inspection on a day the calendar cannot write (and a LocalDate cannot hold)
		}
		return jdbc.sql("""
				select i.id, i.kind, i.visited_on, i.unit_id, i.inspectors, i.visited,
				  (select count(*) from accountability.inspection_finding f where f.inspection_id = i.id) as findings,
				  (select count(*) from accountability.inspection_finding f
				   where f.inspection_id = i.id and f.case_id is not null) as cases
				from accountability.inspection i
				where i.visited_on >= :from and i.visited_on < :to
				order by i.visited_on desc, i.id desc""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new InspectionRow(rs.getLong("id"), InspectionKind.valueOf(rs.getString("kind")),
					rs.getObject("visited_on", LocalDate.class), rs.getLong("unit_id"), null, rs.getString("inspectors"),
					rs.getString("visited"), rs.getInt("findings"), rs.getInt("cases")))
			.list();
	}

	void insert(Inspection inspection) {
		long id = jdbc.sql("""
				insert into accountability.inspection (kind, visited_on, unit_id, inspector_ids, inspectors, visited,
				  recorded_by, recorded_at)
				values (:kind, :on, :unit, :inspectorIds, :inspectors, :visited, :by, :at) returning id""")
			.param("kind", inspection.kind().name())
			.param("on", inspection.visitedOn())
			.param("unit", inspection.unitId())
			.param("inspectorIds", inspection.inspectorIds().stream().mapToLong(StaffId::value).boxed()
				.toArray(Long[]::new))
			.param("inspectors", inspection.inspectors())
			.param("visited", inspection.visited())
			.param("by", inspection.recordedBy())
			.param("at", Columns.time(inspection.recordedAt()))
			.query(Long.class)
			.single();
		inspection.assignId(id);
	}

	void insert(long inspectionId, Inspection.Finding finding) {
		long id = jdbc.sql("""
				insert into accountability.inspection_finding (inspection_id, staff_id, post_id, department_id,
				  conduct_code, conduct_unit_id, conduct_version, description, recorded_by, recorded_at)
				values (:inspection, :staff, :post, :department, :code, :listUnit, :version, :description, :by, :at)
				returning id""")
			.param("inspection", inspectionId)
			.param("staff", finding.staffId())
			.param("post", finding.postId())
			.param("department", finding.departmentId())
			.param("code", finding.conduct().code())
			.param("listUnit", finding.conduct().listUnitId())
			.param("version", finding.conduct().version())
			.param("description", finding.description())
			.param("by", finding.recordedBy())
			.param("at", Columns.time(finding.recordedAt()))
			.query(Long.class)
			.single();
		finding.assignId(id);
	}

	/** Writes what changes on a finding after it is recorded: the signature and the case it opened. */
	void update(Inspection.Finding finding) {
		jdbc.sql("""
				update accountability.inspection_finding
				set signature = :signature, signature_note = :note, signed_at = :signedAt, case_id = :caseId
				where id = :id""")
			.param("signature", finding.acknowledgement() == null ? null : finding.acknowledgement().name())
			.param("note", finding.signatureNote())
			.param("signedAt", finding.signedAt() == null ? null : Columns.time(finding.signedAt()))
			.param("caseId", finding.caseId())
			.param("id", finding.idOrNull())
			.update();
	}

	long addEvidence(long findingId, EvidenceFile file, String by, Instant at) {
		return jdbc.sql("""
				insert into accountability.inspection_evidence (finding_id, file_name, content_type, content,
				  uploaded_by, uploaded_at)
				values (:finding, :name, :type, :content, :by, :at) returning id""")
			.param("finding", findingId)
			.param("name", file.fileName())
			.param("type", file.contentType())
			.param("content", file.content())
			.param("by", by)
			.param("at", Columns.time(at))
			.query(Long.class)
			.single();
	}

	/** The evidence listed per finding of an inspection, without the content. */
	List<EvidenceItem> evidenceOf(long inspectionId) {
		return jdbc.sql("""
				select e.id, e.finding_id, e.file_name, e.content_type, length(e.content) as size, e.uploaded_by
				from accountability.inspection_evidence e
				join accountability.inspection_finding f on f.id = e.finding_id
				where f.inspection_id = :inspection order by e.id""")
			.param("inspection", inspectionId)
			.query((rs, n) -> new EvidenceItem(rs.getLong("id"), rs.getLong("finding_id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getInt("size"), rs.getString("uploaded_by")))
			.list();
	}

	/** An evidence file with the inspection it belongs to. */
	Optional<StoredEvidence> evidence(long evidenceId) {
		return jdbc.sql("""
				select f.inspection_id, e.file_name, e.content_type, e.content
				from accountability.inspection_evidence e
				join accountability.inspection_finding f on f.id = e.finding_id where e.id = :id""")
			.param("id", evidenceId)
			.query((rs, n) -> new StoredEvidence(rs.getLong("inspection_id"), new EvidenceFile(
					rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"))))
			.optional();
	}

	private List<Inspection.Finding> findings(long inspectionId) {
		return jdbc.sql("select " + FINDING_COLUMNS
				+ " from accountability.inspection_finding where inspection_id = :id order by id")
			.param("id", inspectionId)
			.query((rs, n) -> finding(rs))
			.list();
	}

	/** The inspectors' ids, none for an inspection recorded when inspectors were written as text. */
	private static List<StaffId> inspectorIds(ResultSet rs) throws SQLException {
		Array ids = rs.getArray("inspector_ids");
		return ids == null ? List.of() : Arrays.stream((Long[]) ids.getArray()).map(StaffId::new).toList();
	}

	private static Inspection.Finding finding(ResultSet rs) throws SQLException {
		String signature = rs.getString("signature");
		return new Inspection.Finding(rs.getLong("id"), rs.getObject("staff_id", Long.class),
				rs.getObject("post_id", Long.class), rs.getLong("department_id"),
				new ConductCitation(rs.getString("conduct_code"), rs.getLong("conduct_unit_id"),
						rs.getInt("conduct_version")),
				rs.getString("description"), signature == null ? null : Acknowledgement.valueOf(signature),
				rs.getString("signature_note"), Columns.instant(rs, "signed_at"), rs.getObject("case_id", Long.class),
				rs.getString("recorded_by"), Columns.instant(rs, "recorded_at"));
	}

	/** An evidence file and its inspection, for the access check before it is served. */
	record StoredEvidence(long inspectionId, EvidenceFile file) {
	}
}
