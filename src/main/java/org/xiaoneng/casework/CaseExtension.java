package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * An extension request (延期) and its decision.
 *
 * @param id the request
 * @param caseId its case
 * @param workingDays how many working days are asked for
 * @param reason why
 * @param requestedOn when
 * @param requestedBy who asked (user name)
 * @param deciderStaffId the leader with authority who decides
 * @param decision the decision, {@code null} while pending
 * @param decisionNote the leader's note
 * @param deadlineBefore the deadline when it was asked for
 * @param deadlineAfter the new deadline, once approved
 * @param decisionDue the last day of the leader's decision (领导不压不拖), never after the case's deadline
 * @param decisionOverdue whether the decision was reported overdue (the leader's list flags it)
 */
public record CaseExtension(long id, long caseId, int workingDays, String reason, LocalDate requestedOn,
		String requestedBy, long deciderStaffId, ExtensionDecision decision, String decisionNote,
		LocalDate deadlineBefore, LocalDate deadlineAfter, LocalDate decisionDue, boolean decisionOverdue) {
}
