package org.xiaoneng.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * 明察暗访: supervisors record an inspection, its findings (each citing a rule of the visited unit's conduct list in
 * force), the evidence taken, the person's signature or refusal, and open a finding's accountability case in one
 * action, once per finding.
 */
@Component
class Inspecting {

	private final InspectionRecords inspections;

	private final ConductRulebook conduct;

	private final Organization organization;

	private final Opening opening;

	private final AccountabilityCases cases;

	private final AuditLog auditLog;

	Inspecting(InspectionRecords inspections, ConductRulebook conduct, Organization organization, Opening opening,
			AccountabilityCases cases, AuditLog auditLog) {
		this.inspections = inspections;
		this.conduct = conduct;
		this.organization = organization;
		this.opening = opening;
		this.cases = cases;
		this.auditLog = auditLog;
	}

	@Transactional
	Inspection record(Caller caller, InspectionKind kind, LocalDate visitedOn, long unitId, List<StaffId> inspectors,
			String visited, Instant at) {
		organization.unit(new UnitId(unitId));
		Inspection inspection = Inspection.record(kind, visitedOn, unitId, inspectors(inspectors), visited,
				at.atZone(Clocks.BUSINESS_ZONE).toLocalDate(), caller.name(), at);
		inspections.insert(inspection);
		auditLog.record(new AuditEntry(Opening.MODULE, "inspection.recorded", String.valueOf(inspection.idOrNull()),
				null, kind + " unit " + unitId));
		return inspection;
	}

	/** A finding about a person or a post of the visited unit, citing a conduct rule of its list by code. */
	@Transactional
	Inspection.Finding find(Caller caller, long inspectionId, Long staffId, Long postId, String conductCode,
			String description, Instant at) {
		Inspection inspection = locked(inspectionId);
		long departmentId;
		if (staffId != null && postId == null) {
			StaffMember staff = organization.staffMember(new StaffId(staffId));
			requireOfUnit(inspection, staff.unitId());
			departmentId = staff.departmentId();
		}
		else if (postId != null && staffId == null) {
			Post post = organization.post(new PostId(postId));
			requireOfUnit(inspection, organization.department(new DepartmentId(post.departmentId())).unitId());
			departmentId = post.departmentId();
		}
		else {
			throw new ChoiceRequiredException("findingSubject");
		}
		String code = conductCode == null ? "" : conductCode.strip();
		if (code.isEmpty()) {
			throw new ChoiceRequiredException("conductCode");
		}
		ConductCitation rule = conduct.cite(inspection.unitId(), code);
		Inspection.Finding finding = inspection.find(staffId, postId, departmentId, rule, description, caller.name(),
				at);
		inspections.insert(inspectionId, finding);
		auditLog.record(new AuditEntry(Opening.MODULE, "inspection.finding", String.valueOf(finding.idOrNull()), null,
				"inspection " + inspectionId + " " + rule.code()));
		return finding;
	}

	@Transactional
	Inspection.Finding sign(Caller caller, long findingId, Acknowledgement acknowledgement, String note, Instant at) {
		Inspection inspection = locked(inspectionOf(findingId));
		Inspection.Finding finding = inspection.sign(findingId, acknowledgement, note, at);
		inspections.update(finding);
		auditLog.record(new AuditEntry(Opening.MODULE, "inspection.signature", String.valueOf(findingId), null,
				acknowledgement + " recorded by " + caller.name()));
		return finding;
	}

	@Transactional
	long attach(Caller caller, long findingId, String fileName, byte[] content, Instant at) {
		Inspection inspection = locked(inspectionOf(findingId));
		inspection.finding(findingId);
		EvidenceFile file = EvidenceFile.of(fileName, content);
		long id = inspections.addEvidence(findingId, file, caller.name(), at);
		auditLog.record(new AuditEntry(Opening.MODULE, "inspection.evidence", String.valueOf(findingId), null,
				file.contentType() + ", " + content.length + " bytes"));
		return id;
	}

	/**
	 * Opens the finding's accountability case (CaseSource.INSPECTION, the finding's id as its source), or returns
	 * the one it opened before: the inspection is locked, so two clicks at once open one case.
	 *
	 * @return the case's id
	 */
	@Transactional
	long openCase(Caller caller, long findingId, Instant at) {
		Inspection inspection = locked(inspectionOf(findingId));
		Inspection.Finding finding = inspection.finding(findingId);
		if (finding.caseId() != null) {
			return finding.caseId();
		}
		// a case of the finding but no link to it: the link's write was lost after the case was opened; mend it
		// what the case's pages call its source: the day of the visit and the rule breached, never the person
		String label = inspection.visitedOn() + " " + finding.conduct().code();
		long caseId = opening.open(CaseSource.INSPECTION, findingId, label, inspection.subjectOf(finding),
				FailureType.CONDUCT_RULE_BROKEN, finding.conduct(), finding.description(), caller.name(), at)
			.map(AccountabilityCase::idOrNull)
			.orElseGet(() -> cases.openedBy(CaseSource.INSPECTION, findingId).get(0));
		inspections.update(inspection.caseOpened(findingId, caseId));
		return caseId;
	}

	/** The inspectors named, each a member of the organisation's staff still in post, with their names. */
	private List<Inspection.Inspector> inspectors(List<StaffId> ids) {
		return (ids == null ? List.<StaffId>of() : ids).stream().map(id -> {
			StaffMember staff = organization.staffMember(id);
			if (staff.status().hasLeft()) {
				throw new InspectorLeftException(staff.name());
			}
			return new Inspection.Inspector(id, staff.name());
		}).toList();
	}

	private long inspectionOf(long findingId) {
		return inspections.inspectionOf(findingId).orElseThrow(() -> new FindingNotFoundException(findingId));
	}

	private Inspection locked(long inspectionId) {
		return inspections.find(inspectionId, true).orElseThrow(() -> new InspectionNotFoundException(inspectionId));
	}

	private static void requireOfUnit(Inspection inspection, long unitId) {
		if (unitId != inspection.unitId()) {
			throw new FindingOutsideUnitException();
		}
	}
}
