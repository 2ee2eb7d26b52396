package org.xiaoneng.casework;

import java.time.LocalDate;

import org.xiaoneng.calendar.DeadlineStatus;

/**
 * A case in a list: no personal data beyond the applicant's name.
 *
 * @param id the case
 * @param caseNumber the case number, {@code null} before acceptance
 * @param queryCode the query code
 * @param itemName the item
 * @param applicantName the applicant's name (or organisation)
 * @param state the state
 * @param receivedOn the day of receipt
 * @param acceptedOn the day of acceptance, {@code null} before it
 * @param deadline the deadline, {@code null} before acceptance
 * @param status the deadline status, {@code null} when the clock does not run
 * @param remainingWorkingDays working days left (negative: overdue), {@code null} when the clock does not run
 * @param currentStep the open step's name, or {@code null}
 * @param currentStaffId who holds it
 * @param onBehalf whether they hold it as a substitute (代岗)
 */
public record CaseSummary(long id, String caseNumber, String queryCode, String itemName, String applicantName,
		CaseState state, LocalDate receivedOn, LocalDate acceptedOn, LocalDate deadline, DeadlineStatus status, Integer remainingWorkingDays,
		String currentStep, Long currentStaffId, boolean onBehalf) {
}
