package org.xiaoneng.supervision;

import java.time.Instant;

/**
 * An appeal (申诉) as pages and the API show it.
 *
 * @param id the appeal
 * @param cardId the card appealed
 * @param appellantStaffId the holder who appealed
 * @param appellantName their name
 * @param reasons their reasons
 * @param filedAt when
 * @param state where it stands
 * @param decidedBy the supervisor's sign-in name, or {@code null}
 * @param decidedAt when decided, or {@code null}
 * @param decisionReason the written reason, or {@code null}
 */
public record AppealView(long id, long cardId, long appellantStaffId, String appellantName, String reasons,
		Instant filedAt, AppealState state, String decidedBy, Instant decidedAt, String decisionReason) {
}
