package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * The substitute has acknowledged the handover list of an absence.
 *
 * @param absenceId the absence
 * @param staffId the absentee
 * @param substituteStaffId the substitute, or {@code null}
 * @param at when
 */
public record HandoverAcknowledged(long absenceId, long staffId, Long substituteStaffId, Instant at) {
}
