package org.xiaoneng.casework.refusal;

import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.RefusalId;

/**
 * What the refusal module (否定报备制) does to a case, and only it: a filing beyond the handler's authority makes the
 * case wait for the leader; the leader's overruling returns it; a refusal in effect refuses it (不予受理 before
 * acceptance, 不予许可 after); a review that finds the refusal wrong reopens it. Each runs in the refusal's own
 * transaction (docs/decisions/0008), so that a filing and its case never disagree.
 */
public interface CaseRefusals {

	/**
	 * The handler filed a refusal beyond their authority: the case waits for the leader (REFUSAL_PENDING).
	 *
	 * @throws org.xiaoneng.casework.CaseStateException unless the case is received, awaiting correction, accepted or
	 * processing
	 */
	void refusalFiled(CaseId caseId, RefusalId refusalId);

	/** The leader disagreed: the case returns to its state before the filing, with the instruction on record. */
	void refusalOverruled(CaseId caseId, RefusalId refusalId, String instruction);

	/**
	 * The refusal took effect: before acceptance the case is not accepted (不予受理), after it completed refused
	 * (不予许可). Only when {@link RefusalRecords} confirm that this filing took effect for this case.
	 *
	 * @throws org.xiaoneng.casework.CaseRuleException when no refusal filing confirms it
	 */
	void refusalTookEffect(CaseId caseId, RefusalId refusalId);

	/** A reviewer found the refusal wrong: the case reopens (its state before the refusal, or PROCESSING). */
	void refusalFoundWrong(CaseId caseId, RefusalId refusalId, String finding);

	/**
	 * Archives a document the refusal module issued with the case (e.g. 不予受理通知书); idempotent per number. When
	 * {@code forApplicant}, the public progress page offers it for download.
	 */
	void archiveDocument(CaseId caseId, String title, String number, byte[] pdf, boolean forApplicant);

	/** Sends an SMS (and an email when the applicant gave one) to the applicant; idempotent per key. */
	void notifyApplicant(CaseId caseId, String subject, String body, String idempotencyKey);
}
