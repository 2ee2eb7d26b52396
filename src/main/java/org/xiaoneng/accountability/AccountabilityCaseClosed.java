package org.xiaoneng.accountability;

import org.xiaoneng.common.StaffId;

/**
 * A case closed without accountability: for force majeure (不可抗力), or withdrawn because its source was revoked.
 * Evaluation counts nothing against the subject for it.
 *
 * @param caseId the case
 * @param unitId the subject's unit
 * @param staffId the subject, or {@code null}
 * @param year the year it was opened in
 * @param outcome {@link CaseState#EXEMPTED} or {@link CaseState#WITHDRAWN}
 */
public record AccountabilityCaseClosed(AccountabilityCaseId caseId, long unitId, StaffId staffId, int year,
		CaseState outcome) {
}
