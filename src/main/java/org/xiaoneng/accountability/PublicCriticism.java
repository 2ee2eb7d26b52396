package org.xiaoneng.accountability;

import java.time.LocalDate;

/**
 * A 通报批评 as the staff home page publishes it: who, in which unit and department, for what, decided when.
 *
 * @param caseId the case
 * @param unitName the unit
 * @param departmentName the department, or {@code null}
 * @param subjectName the person (or department) criticised
 * @param failureText the failure in the reader's language
 * @param decidedOn the day of the decision
 */
public record PublicCriticism(long caseId, String unitName, String departmentName, String subjectName,
		String failureText, LocalDate decidedOn) {
}
