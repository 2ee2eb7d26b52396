package org.xiaoneng.casework;

import java.time.LocalDate;

/** A case was completed (办结), granted or refused; `onTime` when on or before its deadline. Feeds the service-commitment metrics. */
public record CaseCompleted(long caseId, long unitId, long departmentId, CaseResult result, LocalDate completedOn, LocalDate deadline, boolean onTime, int workingDaysUsed) {
}
