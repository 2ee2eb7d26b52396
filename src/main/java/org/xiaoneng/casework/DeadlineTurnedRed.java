package org.xiaoneng.casework;

import java.time.LocalDate;

/** A case's deadline passed (红牌超期); published once per case. Supervision may issue a card. */
public record DeadlineTurnedRed(long caseId, long unitId, long departmentId, Long staffId, LocalDate deadline) {
}
