package org.xiaoneng.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Callers;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.organization.StaffQuery;
import org.xiaoneng.organization.StaffStatus;

/**
 * 明察暗访 for pages and the API: supervisors (效能办) record inspections of the region's units, their findings and
 * evidence, the person's signature or refusal, and open a finding's accountability case. Nobody else reads or
 * records them: a finding reaches its subject as the case it opens.
 */
@Service
public class Inspections {

	private final Callers callers;

	private final InspectionRecords records;

	private final Inspecting inspecting;

	private final ConductRulebook conduct;

	private final Organization organization;

	private final Clock clock;

	Inspections(Callers callers, InspectionRecords records, Inspecting inspecting, ConductRulebook conduct,
			Organization organization, Clock clock) {
		this.callers = callers;
		this.records = records;
		this.inspecting = inspecting;
		this.conduct = conduct;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * Who may be named an inspector: the staff on duty of the supervisor's own unit (the efficiency office, 纪检监察),
	 * or, for a supervisor who is no staff member, all staff on duty they see.
	 */
	@Transactional(readOnly = true)
	public List<StaffMember> inspectorCandidates() {
		Caller caller = supervisor();
		Long unitId = caller.staffId() == null ? null : organization.staffMember(new StaffId(caller.staffId())).unitId();
		return organization.searchStaff(new StaffQuery(null, unitId, null, StaffStatus.ON_DUTY, null));
	}

	/** The inspections of a year, newest first. */
	@Transactional(readOnly = true)
	public List<InspectionRow> ofYear(int year) {
		supervisor();
		Map<Long, String> names = new HashMap<>();
		return records.ofYear(year)
			.stream()
			.map(row -> row.named(names.computeIfAbsent(row.unitId(), unit -> organization.unit(new UnitId(unit)).name())))
			.toList();
	}

	/** An inspection with its findings and evidence. */
	@Transactional(readOnly = true)
	public InspectionView inspection(long id) {
		supervisor();
		return view(records.find(id, false).orElseThrow(() -> new InspectionNotFoundException(id)));
	}

	/** Records an inspection made on a day up to today by the staff named as its inspectors. */
	public InspectionView record(InspectionKind kind, LocalDate visitedOn, long unitId, List<StaffId> inspectors,
			String visited) {
		return record(kind, visitedOn, unitId, inspectors, visited, clock.instant());
	}

	/** {@link #record} at the instant given (the demo's year is recorded on its days). */
	public InspectionView record(InspectionKind kind, LocalDate visitedOn, long unitId, List<StaffId> inspectors,
			String visited, Instant at) {
		return view(inspecting.record(supervisor(), kind, visitedOn, unitId, inspectors, visited, at));
	}

	/** A finding about a person ({@code staffId}) or a post ({@code postId}) of the unit, citing a conduct rule. */
	public InspectionView find(long inspectionId, Long staffId, Long postId, String conductCode, String description) {
		return find(inspectionId, staffId, postId, conductCode, description, clock.instant());
	}

	/** {@link #find} at the instant given. */
	public InspectionView find(long inspectionId, Long staffId, Long postId, String conductCode, String description,
			Instant at) {
		inspecting.find(supervisor(), inspectionId, staffId, postId, conductCode, description, at);
		return inspection(inspectionId);
	}

	/** A photo (JPEG, PNG) or a PDF as evidence of a finding. */
	public InspectionView attach(long findingId, String fileName, byte[] content) {
		return attach(findingId, fileName, content, clock.instant());
	}

	/** {@link #attach} at the instant given (the demo's evidence is taken on the inspections' days). */
	public InspectionView attach(long findingId, String fileName, byte[] content, Instant at) {
		inspecting.attach(supervisor(), findingId, fileName, content, at);
		return inspectionOf(findingId);
	}

	/** The person's signature, or their refusal to sign with its circumstances; recorded once. */
	public InspectionView sign(long findingId, Acknowledgement acknowledgement, String note) {
		return sign(findingId, acknowledgement, note, clock.instant());
	}

	/** {@link #sign} at the instant given. */
	public InspectionView sign(long findingId, Acknowledgement acknowledgement, String note, Instant at) {
		inspecting.sign(supervisor(), findingId, acknowledgement, note, at);
		return inspectionOf(findingId);
	}

	/** Opens the finding's accountability case, or returns the one it opened before; the case's id. */
	public long openCase(long findingId) {
		return openCase(findingId, clock.instant());
	}

	/** {@link #openCase} at the instant given. */
	public long openCase(long findingId, Instant at) {
		return inspecting.openCase(supervisor(), findingId, at);
	}

	/** An evidence file, as it was uploaded. */
	@Transactional(readOnly = true)
	public EvidenceDownload evidence(long evidenceId) {
		supervisor();
		EvidenceFile file = records.evidence(evidenceId)
			.orElseThrow(() -> new EvidenceNotFoundException(evidenceId))
			.file();
		return new EvidenceDownload(file.fileName(), file.contentType(), file.content());
	}

	/** The inspection a finding belongs to, for the link from the case it opened. */
	@Transactional(readOnly = true)
	public long inspectionOfFinding(long findingId) {
		supervisor();
		return records.inspectionOf(findingId).orElseThrow(() -> new FindingNotFoundException(findingId));
	}

	private InspectionView inspectionOf(long findingId) {
		return inspection(records.inspectionOf(findingId).orElseThrow(() -> new FindingNotFoundException(findingId)));
	}

	private Caller supervisor() {
		Caller caller = callers.current();
		if (!AccountabilityAccess.supervises(caller)) {
			throw new AccessDeniedException("SUPERVISOR");
		}
		return caller;
	}

	private InspectionView view(Inspection inspection) {
		Map<Long, List<EvidenceItem>> evidence = records.evidenceOf(inspection.idOrNull())
			.stream()
			.collect(Collectors.groupingBy(EvidenceItem::findingId));
		List<InspectionView.FindingView> findings = inspection.findings()
			.stream()
			.map(f -> new InspectionView.FindingView(f.idOrNull(), f.staffId(),
					f.staffId() == null ? null : organization.staffMember(new StaffId(f.staffId())).name(), f.postId(),
					f.postId() == null ? null : organization.post(new PostId(f.postId())).name(), f.conduct().code(),
					conduct.wording(f.conduct()).orElse(null), f.description(), f.acknowledgement(), f.signatureNote(),
					f.signedAt(), f.caseId(), evidence.getOrDefault(f.idOrNull(), List.of())))
			.toList();
		return new InspectionView(inspection.idOrNull(), inspection.kind(), inspection.visitedOn(),
				inspection.unitId(), organization.unit(new UnitId(inspection.unitId())).name(), inspection.inspectorIds(),
				inspection.inspectors(), inspection.visited(), inspection.recordedBy(), findings);
	}
}
