package org.xiaoneng.refusal;

import org.xiaoneng.common.RefusalId;

/**
 * The leader (or the collective decision) disagreed: the case returned to processing with the instruction.
 * Supervision may count how often a handler's refusals are overruled.
 *
 * @param refusalId the filing
 * @param matter the case, or the inquiry's matter, it refuses
 * @param unitId the matter's unit
 * @param departmentId the matter's department
 * @param handlerStaffId who filed
 * @param leaderStaffId the leader who recorded the decision
 * @param instruction what the handler is to do
 */
public record RefusalOverruled(RefusalId refusalId, RefusedMatter matter, long unitId, long departmentId, long handlerStaffId,
		long leaderStaffId, String instruction) {
}
