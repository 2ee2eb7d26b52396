package org.xiaoneng.casework;

import java.time.LocalDate;

/** A case's deadline is near (黄牌预警); published once per case. Supervision may issue a warning. */
public record DeadlineTurnedYellow(long caseId, long unitId, long departmentId, Long staffId, LocalDate deadline) {
}
