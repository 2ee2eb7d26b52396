package org.xiaoneng.refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.FileSignatures;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Materials of a refused case go back on request (材料退还): only received materials, only to the applicant or a
 * registered agent by ID number, against a signature on screen or a scanned slip; the record goes with the case.
 */
@Component
class ReturningMaterials {

	private static final int MAX_SIGNATURE_BYTES = 5 * 1024 * 1024;

	private final FilingReads reads;

	private final MaterialReturns returns;

	private final RefusedCases cases;

	private final RefusalNotices notices;

	private final Organization organization;

	private final AuditLog auditLog;

	private final Clock clock;

	ReturningMaterials(FilingReads reads, MaterialReturns returns, RefusedCases cases, RefusalNotices notices,
			Organization organization, AuditLog auditLog, Clock clock) {
		this.reads = reads;
		this.returns = returns;
		this.cases = cases;
		this.notices = notices;
		this.organization = organization;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	MaterialReturn returnMaterials(RefusalId refusalId, NewMaterialReturn request, Caller caller) {
		Refusal refusal = reads.visibleOrMine(refusalId, caller);
		StaffMember staff = DecisionAuthority.staffAtWork(caller);
		Filing.of(refusal).requireInEffect();
		if (returns.ofFiling(refusalId.value()).isPresent()) {
			throw new MaterialsAlreadyReturnedException();
		}
		if (request.materials().isEmpty()) {
			throw new MaterialReturnIncompleteException("refusal.error.materialsRequired");
		}
		if (request.collectorName() == null || request.collectorName().isBlank()) {
			throw new MaterialReturnIncompleteException("refusal.error.collectorRequired");
		}
		if (request.collectorIdNumber() == null || request.collectorIdNumber().isBlank()) {
			throw new MaterialReturnIncompleteException("refusal.error.collectorIdRequired");
		}
		if (request.signatureKind() == null) {
			throw new MaterialReturnIncompleteException("refusal.error.signatureRequired");
		}
		List<String> received = cases.receivedMaterials(refusal.matter());
		if (!received.containsAll(request.materials())) {
			throw new MaterialReturnIncompleteException("refusal.error.materialNotReceived");
		}
		String mediaType = signatureMediaType(request.signatureKind(), request.signature());
		if (!cases.identityMatches(refusal.matter().caseId().value(), request.collectorIdNumber())) {
			throw new IdentityMismatchException();
		}
		long id = returns.insert(refusalId.value(), refusal.matter().caseId().value(), request, maskId(request.collectorIdNumber()),
				mediaType, LocalDate.now(clock), staff.id(), staff.name(), clock.instant());
		auditLog.record(new AuditEntry(Refusals.MODULE, "materials.returned", refusalId.toString(), null,
				"return=" + id + ", materials=" + request.materials().size()));
		MaterialReturn recorded = returns.ofFiling(refusalId.value()).orElseThrow();
		cases.archiveReturn(refusal.matter().caseId().value(), notices.returnTitle(), refusal.noticeNumber() + "-R",
				notices.returnRecord(refusal, recorded, organization.unit(new UnitId(refusal.unitId())).name()));
		return recorded;
	}

	/** Only pictures (PNG, JPEG) or a scanned PDF slip, recognised by their first bytes, and at most 5 MB. */
	private static String signatureMediaType(SignatureKind kind, byte[] bytes) {
		if (bytes == null || bytes.length == 0 || bytes.length > MAX_SIGNATURE_BYTES) {
			throw new MaterialReturnIncompleteException("refusal.error.signatureRequired");
		}
		Optional<String> type = kind == SignatureKind.SCANNED ? FileSignatures.imageOrPdf(bytes)
				: FileSignatures.image(bytes);
		return type.orElseThrow(() -> new MaterialReturnIncompleteException("refusal.error.signatureRequired"));
	}


	/** An ID number with its middle hidden (110105********002X), as the case shows it. */
	private static String maskId(String idNumber) {
		String id = idNumber.strip();
		if (id.length() <= 8) {
			return "*".repeat(id.length());
		}
		int keepStart = id.length() >= 15 ? 6 : 2;
		return id.substring(0, keepStart) + "*".repeat(id.length() - keepStart - 4) + id.substring(id.length() - 4);
	}
}
