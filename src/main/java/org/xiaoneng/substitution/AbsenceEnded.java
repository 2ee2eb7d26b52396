package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * An absence is over; the holder acts again.
 *
 * @param absenceId the absence
 * @param staffId the absentee
 * @param substituteStaffId the substitute, or {@code null}
 * @param at when
 */
public record AbsenceEnded(long absenceId, long staffId, Long substituteStaffId, Instant at) {
}
