package org.xiaoneng.casework;

import java.time.LocalDate;

/** The applicant withdrew the application (撤回). */
public record CaseWithdrawn(long caseId, long unitId, LocalDate withdrawnOn) {
}
