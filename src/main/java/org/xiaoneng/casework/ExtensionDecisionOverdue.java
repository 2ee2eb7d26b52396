package org.xiaoneng.casework;

import java.time.LocalDate;

import org.xiaoneng.common.CaseId;

/**
 * A leader did not decide an extension request by its last day (领导不压不拖); published once per request. The
 * request stays on the leader's list, flagged; supervision raises its card.
 *
 * @param caseId the case
 * @param extensionId the request
 * @param unitId the case's unit
 * @param departmentId the case's department
 * @param deciderStaffId the leader who decides
 * @param decisionDue the last day of the decision
 */
public record ExtensionDecisionOverdue(CaseId caseId, long extensionId, long unitId, long departmentId,
		long deciderStaffId, LocalDate decisionDue) {
}
