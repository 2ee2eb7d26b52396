package org.xiaoneng.accountability;

import org.xiaoneng.common.StaffId;

/**
 * An accountability case was opened. Carries nothing about whoever complained.
 *
 * @param caseId the case
 * @param source where it came from
 * @param unitId the subject's unit
 * @param departmentId the subject's department, or {@code null}
 * @param staffId the subject, or {@code null} when it is a department or the unit
 * @param year the year it counts in
 * @param failureType what the subject failed at, as opened
 * @param aggravated whether it is the person's second (or later) case of the year, marked 从重
 */
public record AccountabilityCaseOpened(AccountabilityCaseId caseId, CaseSource source, long unitId, Long departmentId,
		StaffId staffId, int year, FailureType failureType, boolean aggravated) {
}
