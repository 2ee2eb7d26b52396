package org.xiaoneng.refusal;

import org.xiaoneng.common.RefusalId;

/**
 * The leader (or the collective decision) agreed to a refusal beyond the handler's authority; {@link RefusalTookEffect}
 * follows in the same transaction.
 *
 * @param refusalId the filing
 * @param caseId the case
 * @param leaderStaffId the leader who recorded the decision
 * @param collective whether it was a collective decision
 */
public record RefusalApproved(RefusalId refusalId, long caseId, long leaderStaffId, boolean collective) {
}
