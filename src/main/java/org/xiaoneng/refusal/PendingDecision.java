package org.xiaoneng.refusal;

import org.xiaoneng.calendar.DeadlineStatus;

/**
 * A filing in a leader's decision queue.
 *
 * @param refusal the filing
 * @param status normal, yellow (due soon) or red (overdue)
 * @param actingFor the name of the absent leader the caller decides for, or {@code null}
 */
public record PendingDecision(Refusal refusal, DeadlineStatus status, String actingFor) {
}
