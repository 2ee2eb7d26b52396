package org.xiaoneng.refusal;

import java.time.LocalDate;

import org.xiaoneng.common.RefusalId;

/**
 * A refusal beyond the handler's authority was filed and waits for the leader: the case is on hold
 * (否定报备待审). Listeners may remind the leader; the decision is due on {@code decisionDue}.
 *
 * @param refusalId the filing
 * @param matter the case, or the inquiry's matter, it refuses
 * @param unitId the matter's unit
 * @param departmentId the matter's department
 * @param handlerStaffId who filed
 * @param deciderStaffId the leader who must decide
 * @param decisionDue the last day of the decision
 * @param major whether it goes to a collective decision
 */
public record RefusalFiled(RefusalId refusalId, RefusedMatter matter, long unitId, long departmentId, long handlerStaffId,
		long deciderStaffId, LocalDate decisionDue, boolean major) {
}
