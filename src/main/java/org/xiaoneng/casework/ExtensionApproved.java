package org.xiaoneng.casework;

import java.time.LocalDate;

/** The leader with authority approved an extension (延期); the applicant was told the reason and new deadline. */
public record ExtensionApproved(long caseId, long unitId, int workingDays, LocalDate deadline) {
}
