package org.xiaoneng.casework;

import java.time.LocalDate;

/** A step handed to another department was not signed for by the end of the working day (内部科室当天签办不过夜). */
public record HandoverNotSignedSameDay(long caseId, long unitId, int stepNumber, long departmentId, Long staffId, LocalDate assignedOn) {
}
