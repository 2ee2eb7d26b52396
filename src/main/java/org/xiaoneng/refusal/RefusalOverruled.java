package org.xiaoneng.refusal;

import org.xiaoneng.common.RefusalId;

/**
 * The leader (or the collective decision) disagreed: the case returned to processing with the instruction.
 * Supervision may count how often a handler's refusals are overruled.
 *
 * @param refusalId the filing
 * @param caseId the case
 * @param unitId the case's unit
 * @param departmentId the case's department
 * @param handlerStaffId who filed
 * @param leaderStaffId the leader who recorded the decision
 * @param instruction what the handler is to do
 */
public record RefusalOverruled(RefusalId refusalId, long caseId, long unitId, long departmentId, long handlerStaffId,
		long leaderStaffId, String instruction) {
}
