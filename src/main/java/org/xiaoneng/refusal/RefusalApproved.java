package org.xiaoneng.refusal;

import org.xiaoneng.common.RefusalId;

/**
 * The leader (or the collective decision) agreed to a refusal beyond the handler's authority; {@link RefusalTookEffect}
 * follows in the same transaction.
 *
 * @param refusalId the filing
 * @param matter the case, or the inquiry's matter, it refuses
 * @param leaderStaffId the leader who recorded the decision
 * @param collective whether it was a collective decision
 */
public record RefusalApproved(RefusalId refusalId, RefusedMatter matter, long leaderStaffId, boolean collective) {
}
