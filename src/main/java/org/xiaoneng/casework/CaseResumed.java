package org.xiaoneng.casework;

import java.time.LocalDate;

/** A case's clock runs again; the deadline moved by the paused working days. */
public record CaseResumed(long caseId, long unitId, LocalDate resumedOn, int pausedWorkingDays, LocalDate deadline) {
}
