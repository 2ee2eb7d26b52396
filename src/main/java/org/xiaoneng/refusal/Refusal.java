package org.xiaoneng.refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.RefusalAuthority;
import org.xiaoneng.common.RefusalId;

/**
 * A filing (否定报备登记表) as pages and the API show it: personal data masked.
 *
 * @param id the filing
 * @param matter the case, or the first-inquiry matter without one, it refuses
 * @param caseReference the case number, or the query code before acceptance (an inquiry's query code)
 * @param kind 不予受理, 不予许可 or 不予办理
 * @param state where it stands
 * @param unitId the matter's unit
 * @param departmentId the matter's department
 * @param itemId the service item
 * @param itemName the item's name
 * @param applicant the applicant's particulars (ID and phone masked)
 * @param circumstances the matter's circumstances
 * @param reasons why it is refused
 * @param legalBasis the laws and articles
 * @param materialsConcerned the materials that would have to be supplied
 * @param handler the handler's particulars (phone masked)
 * @param requiredAuthority who may refuse this item
 * @param withinAuthority whether the refusal lay within the handler's authority
 * @param major whether it goes to a collective decision
 * @param deciderStaffId the leader who must decide, or {@code null} within authority
 * @param deciderName that leader's name, or {@code null}
 * @param actingForStaffId the absent leader the decider acts for, or {@code null}
 * @param decisionDue the last day of the leader's decision, or {@code null}
 * @param decision the leader's or the collective decision, or {@code null}
 * @param decidedByName who recorded it, or {@code null}
 * @param decidedAt when, or {@code null}
 * @param opinion the leader's opinion or instruction, or {@code null}
 * @param collectiveParticipants who took part in the collective decision, or {@code null}
 * @param collectiveDecidedOn the day of the collective decision, or {@code null}
 * @param overdueReportedAt when the overdue decision was reported, or {@code null}
 * @param noticeNumber the notice's number (文号) once it took effect, or {@code null}
 * @param noticeIssuedOn the day the notice was issued, or {@code null}
 * @param filedBy the sign-in name of the filer
 * @param filedAt when it was filed
 * @param review the leaders' or supervisors' review, or {@code null}
 */
public record Refusal(RefusalId id, RefusedMatter matter, String caseReference, RefusalKind kind, RefusalState state, long unitId,
		long departmentId, long itemId, String itemName, ApplicantParticulars applicant, String circumstances,
		String reasons, List<LegalBasis> legalBasis, String materialsConcerned, HandlerParticulars handler,
		RefusalAuthority requiredAuthority, boolean withinAuthority, boolean major, Long deciderStaffId,
		String deciderName, Long actingForStaffId, LocalDate decisionDue, Decision decision, String decidedByName,
		Instant decidedAt, String opinion, String collectiveParticipants, LocalDate collectiveDecidedOn,
		Instant overdueReportedAt, String noticeNumber, LocalDate noticeIssuedOn, String filedBy, Instant filedAt,
		Review review) {

	public Refusal {
		legalBasis = List.copyOf(legalBasis);
	}

	Refusal withDeciderName(String name) {
		return new Refusal(id, matter, caseReference, kind, state, unitId, departmentId, itemId, itemName, applicant,
				circumstances, reasons, legalBasis, materialsConcerned, handler, requiredAuthority, withinAuthority,
				major, deciderStaffId, name, actingForStaffId, decisionDue, decision, decidedByName, decidedAt, opinion,
				collectiveParticipants, collectiveDecidedOn, overdueReportedAt, noticeNumber, noticeIssuedOn, filedBy,
				filedAt, review);
	}

	Refusal withAddress(String address) {
		ApplicantParticulars a = applicant;
		return new Refusal(id, matter, caseReference, kind, state, unitId, departmentId, itemId, itemName,
				new ApplicantParticulars(a.name(), a.organisation(), a.maskedIdNumber(), a.maskedPhone(), address),
				circumstances, reasons, legalBasis, materialsConcerned, handler, requiredAuthority, withinAuthority,
				major, deciderStaffId, deciderName, actingForStaffId, decisionDue, decision, decidedByName, decidedAt,
				opinion, collectiveParticipants, collectiveDecidedOn, overdueReportedAt, noticeNumber, noticeIssuedOn,
				filedBy, filedAt, review);
	}

	Refusal withLegalBasis(List<LegalBasis> basis) {
		return new Refusal(id, matter, caseReference, kind, state, unitId, departmentId, itemId, itemName, applicant,
				circumstances, reasons, basis, materialsConcerned, handler, requiredAuthority, withinAuthority, major,
				deciderStaffId, deciderName, actingForStaffId, decisionDue, decision, decidedByName, decidedAt, opinion,
				collectiveParticipants, collectiveDecidedOn, overdueReportedAt, noticeNumber, noticeIssuedOn, filedBy,
				filedAt, review);
	}

	/**
	 * The applicant as the filing records them.
	 *
	 * @param name the applicant's name
	 * @param organisation their organisation, or {@code null}
	 * @param maskedIdNumber their ID number, masked
	 * @param maskedPhone their phone, masked
	 * @param address their address
	 */
	public record ApplicantParticulars(String name, String organisation, String maskedIdNumber, String maskedPhone,
			String address) {
	}

	/**
	 * The handler as the filing records them (filled from the signed-in account).
	 *
	 * @param staffId the staff member
	 * @param name their name
	 * @param unit their unit's name
	 * @param post their post's name
	 * @param maskedPhone their phone, masked
	 */
	public record HandlerParticulars(long staffId, String name, String unit, String post, String maskedPhone) {
	}

	/**
	 * A review of the filing by a leader or supervisor.
	 *
	 * @param reviewedBy their sign-in name
	 * @param reviewedAt when
	 * @param wrong whether they found the refusal wrong (the case was reopened)
	 * @param finding what they found
	 */
	public record Review(String reviewedBy, Instant reviewedAt, boolean wrong, String finding) {
	}
}
