package org.xiaoneng.refusal;

import java.time.LocalDate;

import org.xiaoneng.common.RefusalId;

/**
 * A leader did not decide a filing within the limit; published once per filing. Supervision turns it into a
 * warning; the filing stays in the leader's queue.
 *
 * @param refusalId the filing
 * @param matter the case, or the inquiry's matter, it refuses
 * @param unitId the matter's unit
 * @param departmentId the matter's department
 * @param deciderStaffId the leader who must decide
 * @param decisionDue the day the decision was due
 */
public record LeaderDecisionOverdue(RefusalId refusalId, RefusedMatter matter, long unitId, long departmentId, long deciderStaffId,
		LocalDate decisionDue) {
}
