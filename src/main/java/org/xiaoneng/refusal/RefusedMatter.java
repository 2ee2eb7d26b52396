package org.xiaoneng.refusal;

import org.xiaoneng.common.CaseId;
import org.xiaoneng.common.InquiryId;

/**
 * What a refusal refuses: a case (办件), or a first-inquiry matter that has no case (否定报备制 covers every negative
 * answer, the source text 四(一)). Exactly one of the two ids is set.
 *
 * @param caseId the case, or {@code null} for an inquiry's matter
 * @param inquiryId the inquiry, or {@code null} for a case
 */
public record RefusedMatter(CaseId caseId, InquiryId inquiryId) {

	public RefusedMatter {
		if ((caseId == null) == (inquiryId == null)) {
			throw new IllegalArgumentException("A refusal refuses exactly one case or one inquiry");
		}
	}

	/** @throws FilingIncompleteException unless exactly one of the two is given */
	static RefusedMatter of(Long caseId, Long inquiryId) {
		if ((caseId == null) == (inquiryId == null)) {
			throw new FilingIncompleteException("refusal.error.matterRequired");
		}
		return caseId != null ? ofCase(caseId) : ofInquiry(inquiryId);
	}

	static RefusedMatter ofCase(long caseId) {
		return new RefusedMatter(new CaseId(caseId), null);
	}

	static RefusedMatter ofInquiry(long inquiryId) {
		return new RefusedMatter(null, new InquiryId(inquiryId));
	}

	/** Whether it refuses a case (else an inquiry's matter). */
	public boolean isCase() {
		return caseId != null;
	}
}
