package org.xiaoneng.organization;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer decided ahead of its day.
 *
 * @param id the scheduled transfer
 * @param staffId who moves
 * @param toDepartmentId where to
 * @param effectiveOn the day the move takes effect
 * @param scheduledBy the administrator who scheduled it
 * @param appliedAt when the sweep made the move, or {@code null} while it waits
 * @param cancelledAt when it was cancelled, or {@code null}
 */
public record ScheduledTransfer(long id, long staffId, long toDepartmentId, LocalDate effectiveOn, String scheduledBy,
		Instant appliedAt, Instant cancelledAt) {

	/** Neither applied nor cancelled yet. */
	public boolean pending() {
		return appliedAt == null && cancelledAt == null;
	}
}
