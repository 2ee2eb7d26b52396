package org.xiaoneng.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as lists and the register show it.
 *
 * @param id the case
 * @param source where it came from
 * @param unitId the subject's unit
 * @param unitName its name
 * @param departmentName the subject's department, or {@code null}
 * @param subjectName the person's name, or the department's (the unit's) when no person is named
 * @param year the year it counts in
 * @param failureType the failure
 * @param failureText the failure in the reader's language
 * @param state where it stands
 * @param severity how grave, or {@code null} before the investigation
 * @param aggravated whether it is 从重
 * @param sanctions the sanctions decided, lightest first
 * @param openedAt when it was opened
 * @param decidedOn the day of the decision, or {@code null}
 */
public record CaseRow(long id, CaseSource source, long unitId, String unitName, String departmentName,
		String subjectName, int year, FailureType failureType, String failureText, CaseState state, Severity severity,
		boolean aggravated, List<Sanction> sanctions, Instant openedAt, LocalDate decidedOn) {

	public CaseRow {
		sanctions = List.copyOf(sanctions);
	}
}
