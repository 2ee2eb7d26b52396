package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * Who acts for a leader: the principal names the acting leader of each deputy, a deputy is named for the principal.
 *
 * @param leaderStaffId the leader
 * @param actingStaffId who acts for them
 * @param approvedBy who named them (sign-in name)
 * @param approvedAt when
 */
public record ActingLeader(long leaderStaffId, long actingStaffId, String approvedBy, Instant approvedAt) {
}
