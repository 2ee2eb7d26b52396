package org.xiaoneng.casework;

import java.time.LocalDate;

/** The applicant rated a case (好差评) on the canonical scale 5 非常满意 … 1 非常不满意. */
public record CaseRated(long caseId, long unitId, long departmentId, int overall, LocalDate ratedOn) {
}
