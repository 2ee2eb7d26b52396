package org.xiaoneng.evaluation;

/**
 * One person on a personnel office's list.
 *
 * @param result their final result of the year
 * @param basis why they are on it: {@code EXCELLENT}, {@code THREE_YEARS_COMPETENT}, {@code COMMENDATION} or
 *     {@code MERIT} (a key of the bundle, {@code evaluation.personnel.basis.})
 */
public record PersonnelEntry(ResultView result, String basis) {
}
