package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * 核实整改 after a bad rating, with its call-back (回访).
 *
 * @param id the rectification
 * @param caseId the rated case
 * @param caseNumber its number
 * @param departmentId the handler's department
 * @param headStaffId its head, who owns the task
 * @param openedOn opened
 * @param dueOn due
 * @param overall the rating's overall score
 * @param comment the rating's comment
 * @param findings what verification found
 * @param measures what was done
 * @param calledBackOn when the applicant was called back
 * @param callBackNote what they said
 * @param closed whether it is closed
 */
public record Rectification(long id, long caseId, String caseNumber, long departmentId, Long headStaffId,
		LocalDate openedOn, LocalDate dueOn, int overall, String comment, String findings, String measures,
		LocalDate calledBackOn, String callBackNote, boolean closed) {
}
