package org.xiaoneng.accountability;

import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.common.StaffId;

/**
 * A case was decided (问责决定): evaluation records its effects on the subject's year: whether they may still be rated
 * 优秀 and the deduction from their award or bonus, as configured per sanction.
 *
 * @param caseId the case
 * @param unitId the subject's unit
 * @param departmentId the subject's department, or {@code null}
 * @param staffId the subject, or {@code null} for a department
 * @param year the year the effects reach
 * @param failureType what the subject failed at
 * @param severity how grave it was
 * @param aggravated whether it was decided 从重
 * @param sanctions the sanctions decided, lightest first
 * @param notEligibleForExcellent whether the subject cannot be rated 优秀 this year
 * @param bonusDeductionPercent the deduction from the year's award or bonus, in per cent
 * @param decidedOn the day of the decision
 */
public record AccountabilityDecided(AccountabilityCaseId caseId, long unitId, Long departmentId, StaffId staffId,
		int year, FailureType failureType, Severity severity, boolean aggravated, List<Sanction> sanctions,
		boolean notEligibleForExcellent, int bonusDeductionPercent, LocalDate decidedOn) {

	public AccountabilityDecided {
		sanctions = List.copyOf(sanctions);
	}
}
