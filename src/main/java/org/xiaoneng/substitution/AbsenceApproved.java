package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * An absence was approved (or registered by the head): the acting periods of the absentee's posts are on record, so
 * {@link Substitutes#whoActsFor} names the substitutes for its time. Listeners may tell the substitute; the absence
 * starts with {@link AbsenceStarted}.
 *
 * @param absenceId the absence
 * @param staffId the absentee
 * @param substituteStaffId the main substitute, or {@code null}
 * @param from its start
 * @param to its end (exclusive)
 */
public record AbsenceApproved(long absenceId, long staffId, Long substituteStaffId, Instant from, Instant to) {
}
