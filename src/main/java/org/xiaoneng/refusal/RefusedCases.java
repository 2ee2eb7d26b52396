package org.xiaoneng.refusal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseFile;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.casework.refusal.CaseRefusals;
import org.xiaoneng.catalog.ItemType;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.PersonalDataMasks;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The cases as refusals see them, and every change a filing makes to its case. Those changes are synchronous calls
 * into casework in the filing's own transaction (docs/decisions/0008): a case is refused exactly when its filing takes
 * effect, and casework confirms that through {@link org.xiaoneng.casework.refusal.RefusalRecords} before it moves.
 */
@Component
class RefusedCases {

	private static final Set<CaseState> REFUSABLE = EnumSet.of(CaseState.RECEIVED, CaseState.AWAITING_CORRECTION,
			CaseState.ACCEPTED, CaseState.PROCESSING);

	private static final Set<CaseState> BEFORE_ACCEPTANCE = EnumSet.of(CaseState.RECEIVED,
			CaseState.AWAITING_CORRECTION);

	private final Cases cases;

	private final CaseRefusals caseRefusals;

	private final ServiceCatalog catalog;

	private final Organization organization;

	RefusedCases(Cases cases, CaseRefusals caseRefusals, ServiceCatalog catalog, Organization organization) {
		this.cases = cases;
		this.caseRefusals = caseRefusals;
		this.catalog = catalog;
		this.organization = organization;
	}

	/** A case that may be refused, with the item version it was received under. */
	record RefusableCase(CaseFile file, ServiceItem item) {

		/** 不予受理 before acceptance; after it 不予许可 for a licence, else 不予办理. */
		RefusalKind kind() {
			if (BEFORE_ACCEPTANCE.contains(file.state())) {
				return RefusalKind.NOT_ACCEPTED;
			}
			return item.type() == ItemType.ADMINISTRATIVE_LICENSE ? RefusalKind.NOT_PERMITTED : RefusalKind.NOT_PROVIDED;
		}

		/** The case number, or the query code before acceptance. */
		String reference() {
			return file.caseNumber() != null ? file.caseNumber() : file.queryCode();
		}

		Refusal.ApplicantParticulars applicant() {
			var a = file.applicant();
			return new Refusal.ApplicantParticulars(a.name(), a.organisation(), a.maskedIdNumber(), a.maskedPhone(),
					a.address());
		}

		List<String> receivedMaterials() {
			return file.materials().stream().map(m -> m.name()).toList();
		}
	}

	/**
	 * A refusal is filed only on a case in the filer's scope; another's answers as a missing case.
	 *
	 * @throws CaseNotRefusableException unless the case is received, awaiting correction, accepted or in processing
	 * @throws ReviewBodiesMissingException when the case's unit could not issue the notice
	 */
	RefusableCase refusable(long caseId) {
		CaseFile caseFile = cases.caseFileInScope(caseId);
		if (!REFUSABLE.contains(caseFile.state())) {
			throw new CaseNotRefusableException();
		}
		RefusalNotices.reviewBodies(organization.unit(caseFile.unitId()));
		return new RefusableCase(caseFile, catalog.version(caseFile.itemId(), caseFile.itemVersion()));
	}

	/** @throws org.xiaoneng.common.RuleViolationException not found, unless the case lies in the caller's scope */
	void requireInScope(long caseId) {
		cases.caseFileInScope(caseId);
	}

	/** The materials received with the case: what can be returned. */
	List<String> receivedMaterials(long caseId) {
		return cases.caseFile(caseId).materials().stream().map(m -> m.name()).toList();
	}

	/** Whether the ID number is the applicant's or a registered agent's. */
	boolean identityMatches(long caseId, String idNumber) {
		return cases.identityMatches(caseId, idNumber);
	}

	/** The handler's particulars from their staff record; a phone given on the form is kept masked only. */
	Refusal.HandlerParticulars handler(StaffMember filer, String phone) {
		String post = filer.postIds().isEmpty() ? filer.position()
				: organization.post(filer.postIds().get(0)).name();
		String maskedPhone = phone == null || phone.isBlank() ? filer.maskedPhone()
				: PersonalDataMasks.phone(phone.strip());
		return new Refusal.HandlerParticulars(filer.id(), filer.name(), organization.unit(filer.unitId()).name(),
				post == null ? "" : post, maskedPhone);
	}

	// ---- what a filing does to its case ------------------------------------------------------------------------

	/** Beyond authority the case waits for the leader (否定报备待审). */
	void awaitDecision(long caseId, long refusalId) {
		caseRefusals.refusalFiled(new CaseId(caseId), new RefusalId(refusalId));
	}

	/** Overruled, the case goes back to processing with the instruction. */
	void overruled(long caseId, long refusalId, String instruction) {
		caseRefusals.refusalOverruled(new CaseId(caseId), new RefusalId(refusalId), instruction);
	}

	/** In effect, the case is refused, the notice archived with it and the applicant sent theirs. */
	void refused(long caseId, long refusalId, String title, String number, byte[] notice, String applicantMessage) {
		caseRefusals.refusalTookEffect(new CaseId(caseId), new RefusalId(refusalId));
		caseRefusals.archiveDocument(new CaseId(caseId), title, number, notice, true);
		caseRefusals.notifyApplicant(new CaseId(caseId), title, applicantMessage, "refusal:" + refusalId + ":notice");
	}

	/** Found wrong on review, the case reopens. */
	void reopened(long caseId, long refusalId, String finding) {
		caseRefusals.refusalFoundWrong(new CaseId(caseId), new RefusalId(refusalId), finding);
	}

	/** The record of returned materials goes with the case (not to the applicant). */
	void archiveReturn(long caseId, String title, String number, byte[] record) {
		caseRefusals.archiveDocument(new CaseId(caseId), title, number, record, false);
	}
}
