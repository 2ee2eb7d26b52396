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
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.refusal.InquiryRefusals;
import org.xiaoneng.inquiry.refusal.RefusableInquiry;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The matters as refusals see them (cases, and first-inquiry matters that have no case), and every change a filing
 * makes to its matter. Those changes are synchronous calls into casework, or into inquiry, in the filing's own
 * transaction (docs/decisions/0008, 0025): a case is refused exactly when its filing takes effect, and casework
 * confirms that through {@link org.xiaoneng.casework.refusal.RefusalRecords} before it moves; an inquiry's matter
 * closes when its filing takes effect.
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

	private final InquiryRefusals inquiryRefusals;

	RefusedCases(Cases cases, CaseRefusals caseRefusals, ServiceCatalog catalog, Organization organization,
			InquiryRefusals inquiryRefusals) {
		this.cases = cases;
		this.caseRefusals = caseRefusals;
		this.catalog = catalog;
		this.organization = organization;
		this.inquiryRefusals = inquiryRefusals;
	}

	/**
	 * A matter that may be refused, as the filing records it.
	 *
	 * @param reference the case number, the query code before acceptance, or the inquiry's query code
	 * @param receivedMaterials the materials received with a case (none with an inquiry)
	 */
	record Refusable(RefusedMatter matter, String reference, RefusalKind kind, long unitId, long departmentId,
			ServiceItem item, Refusal.ApplicantParticulars applicant, List<String> receivedMaterials) {
	}

	/**
	 * A case in the filer's scope, or an inquiry's matter the filer may act on now; another's answers as missing.
	 * 否定报备制 四(一) covers every negative answer: an inquiry's matter that never became a case is refused as 不予办理,
	 * on the service item the visitor asked for.
	 *
	 * @throws CaseNotRefusableException unless the case is received, awaiting correction, accepted or in processing
	 * @throws ReviewBodiesMissingException when the matter's unit could not issue the notice
	 */
	Refusable refusable(RefusedMatter matter) {
		if (matter.isCase()) {
			RefusableCase refusable = refusable(matter.caseId().value());
			CaseFile file = refusable.file();
			return new Refusable(matter, refusable.reference(), refusable.kind(), file.unitId(), file.departmentId(),
					refusable.item(), refusable.applicant(), refusable.receivedMaterials());
		}
		RefusableInquiry inquiry = inquiryRefusals.refusable(matter.inquiryId());
		RefusalNotices.reviewBodies(organization.unit(new UnitId(inquiry.unitId())));
		ServiceItem item = catalog.current(inquiry.itemId()).orElseThrow(CaseNotRefusableException::new);
		return new Refusable(matter, inquiry.queryCode(), RefusalKind.NOT_PROVIDED, inquiry.unitId(),
				inquiry.departmentId(), item, new Refusal.ApplicantParticulars(inquiry.visitorName(),
						inquiry.visitorOrganisation(), null, inquiry.visitorMaskedPhone(), inquiry.visitorAddress()),
				List.of());
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
		RefusalNotices.reviewBodies(organization.unit(new UnitId(caseFile.unitId())));
		return new RefusableCase(caseFile, catalog.version(caseFile.itemId(), caseFile.itemVersion()));
	}

	/** @throws org.xiaoneng.common.RuleViolationException not found, unless the case lies in the caller's scope */
	void requireInScope(long caseId) {
		cases.caseFileInScope(caseId);
	}

	/** The materials received with the case: what can be returned (an inquiry's matter received none). */
	List<String> receivedMaterials(RefusedMatter matter) {
		return matter.isCase()
				? cases.caseFile(matter.caseId().value()).materials().stream().map(m -> m.name()).toList()
				: List.of();
	}

	/** Whether the ID number is the applicant's or a registered agent's. */
	boolean identityMatches(long caseId, String idNumber) {
		return cases.identityMatches(caseId, idNumber);
	}

	/** The handler's particulars from their staff record; a phone given on the form is kept masked only. */
	Refusal.HandlerParticulars handler(StaffMember filer, String phone) {
		String post = filer.postIds().isEmpty() ? filer.position()
				: organization.post(new PostId(filer.postIds().get(0))).name();
		String maskedPhone = phone == null || phone.isBlank() ? filer.maskedPhone()
				: PersonalDataMasks.phone(phone.strip());
		return new Refusal.HandlerParticulars(filer.id(), filer.name(), organization.unit(new UnitId(filer.unitId())).name(),
				post == null ? "" : post, maskedPhone);
	}

	// ---- what a filing does to its case ------------------------------------------------------------------------

	/** Beyond authority a case waits for the leader (否定报备待审); an inquiry's matter stays with its handler. */
	void awaitDecision(RefusedMatter matter, long refusalId) {
		if (matter.isCase()) {
			caseRefusals.refusalFiled(matter.caseId(), new RefusalId(refusalId));
		}
	}

	/** Overruled, a case goes back to processing with the instruction; an inquiry's matter never left its handler. */
	void overruled(RefusedMatter matter, long refusalId, String instruction) {
		if (matter.isCase()) {
			caseRefusals.refusalOverruled(matter.caseId(), new RefusalId(refusalId), instruction);
		}
	}

	/**
	 * In effect, a case is refused, the notice archived with it and the applicant sent theirs; an inquiry's matter
	 * closes with the notice's number and the reasons as its answer (the notice stays in the register).
	 */
	void refused(Refusal refusal, String title, String number, byte[] notice, String applicantMessage, String by) {
		RefusedMatter matter = refusal.matter();
		if (!matter.isCase()) {
			inquiryRefusals.refusalTookEffect(matter.inquiryId(), refusal.id(), title + " " + number + "："
					+ refusal.reasons(), by);
			return;
		}
		CaseId caseId = matter.caseId();
		caseRefusals.refusalTookEffect(caseId, refusal.id());
		caseRefusals.archiveDocument(caseId, title, number, notice, true);
		caseRefusals.notifyApplicant(caseId, title, applicantMessage, "refusal:" + refusal.id() + ":notice");
	}

	/** Found wrong on review, a case or an inquiry's matter reopens, the finding in its history. */
	void reopened(RefusedMatter matter, long refusalId, String finding, String by) {
		if (matter.isCase()) {
			caseRefusals.refusalFoundWrong(matter.caseId(), new RefusalId(refusalId), finding);
		}
		else {
			inquiryRefusals.refusalFoundWrong(matter.inquiryId(), new RefusalId(refusalId), finding, by);
		}
	}

	/** The record of returned materials goes with the case (not to the applicant). */
	void archiveReturn(long caseId, String title, String number, byte[] record) {
		caseRefusals.archiveDocument(new CaseId(caseId), title, number, record, false);
	}
}
