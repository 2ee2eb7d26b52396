package org.xiaoneng.casework;

import java.time.LocalDate;

/** A case was accepted and numbered; `deemed` when by law for want of a notice within 5 days (行政许可法 第三十二条). */
public record CaseAccepted(long caseId, long unitId, String caseNumber, LocalDate acceptedOn, LocalDate deadline, boolean deemed) {
}
