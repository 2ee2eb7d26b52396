package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * An approved absence has begun; the substitutes act for the absentee's posts.
 *
 * @param absenceId the absence
 * @param staffId the absentee
 * @param substituteStaffId the substitute, or {@code null}
 * @param at when
 */
public record AbsenceStarted(long absenceId, long staffId, Long substituteStaffId, Instant at) {
}
