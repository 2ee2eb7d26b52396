package org.xiaoneng.substitution;

import java.time.Instant;

/**
 * An absence started while one of the absentee's posts has nobody acting (e.g. sick leave registered afterwards by
 * the head while the substitute is away too): a leader must designate someone.
 *
 * @param postId the post left without anyone
 * @param absenceId the absence
 * @param from the absence's start
 * @param to its end
 */
public record PostLeftUncovered(long postId, long absenceId, Instant from, Instant to) {
}
