package org.xiaoneng.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a case's procedure (承办, 审核, 决定 …).
 *
 * @param number from 1
 * @param name the step's name
 * @param postId the post it goes to
 * @param departmentId the post's department
 * @param staffId who acts for the post (holder or substitute), {@code null} while nobody does
 * @param staffName their name
 * @param onBehalf whether they act as a substitute (代岗)
 * @param budgetDays the step's budget in working days
 * @param assignedOn when it was assigned, {@code null} while an earlier step is open
 * @param dueOn the end of its budget
 * @param needsSigning whether it came from another department and must be signed for (签收) the same working day
 * @param signBy the working day by whose end it must be signed for
 * @param signedAt when it was signed for
 * @param signFlagged whether it was not signed for in time
 * @param completedOn when it was done
 * @param completedBy who did it
 * @param opinion the step's opinion
 */
public record CaseStep(int number, String name, long postId, long departmentId, Long staffId, String staffName,
		boolean onBehalf, int budgetDays, LocalDate assignedOn, LocalDate dueOn, boolean needsSigning,
		LocalDate signBy, Instant signedAt, boolean signFlagged, LocalDate completedOn, String completedBy,
		String opinion) {

	public boolean open() {
		return assignedOn != null && completedOn == null;
	}
}
