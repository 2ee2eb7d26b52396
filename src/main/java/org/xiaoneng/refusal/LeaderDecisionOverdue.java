package org.xiaoneng.refusal;

import java.time.LocalDate;

import org.xiaoneng.common.RefusalId;

/**
 * A leader did not decide a filing within the limit; published once per filing. Supervision turns it into a
 * warning; the filing stays in the leader's queue.
 *
 * @param refusalId the filing
 * @param caseId the case
 * @param unitId the case's unit
 * @param departmentId the case's department
 * @param deciderStaffId the leader who must decide
 * @param decisionDue the day the decision was due
 */
public record LeaderDecisionOverdue(RefusalId refusalId, long caseId, long unitId, long departmentId, long deciderStaffId,
		LocalDate decisionDue) {
}
