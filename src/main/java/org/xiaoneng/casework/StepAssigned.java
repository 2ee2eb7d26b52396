package org.xiaoneng.casework;

import java.time.LocalDate;

/**
 * A step of a case was routed to whoever acts for its post, due by the end of its own budget of working days (the
 * step's time limit within the case's, 限时办结制).
 */
public record StepAssigned(long caseId, long unitId, int stepNumber, long departmentId, Long staffId,
		LocalDate assignedOn, LocalDate dueOn) {
}
