package org.xiaoneng.casework;

import java.time.LocalDate;

/** A bad rating opened a rectification task (核实整改) for the handler's department head. */
public record RectificationOpened(long rectificationId, long caseId, long unitId, long departmentId, Long headStaffId, LocalDate dueOn) {
}
