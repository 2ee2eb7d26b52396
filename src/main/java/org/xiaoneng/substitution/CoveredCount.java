package org.xiaoneng.substitution;

/**
 * How much work one substitute of one department completed on holders' behalf (代岗) in a period, and how much of it by
 * its due day, as one source counts it.
 *
 * @param departmentId the department the work belongs to
 * @param staffId the substitute
 * @param done the pieces of work completed
 * @param onTime of those, completed by their due day (work without a time limit is on time)
 */
public record CoveredCount(long departmentId, long staffId, long done, long onTime) {
}
