package org.xiaoneng.casework;

import java.time.LocalDate;

/** No one-time notice within 5 days of receipt: the case counts as accepted on the day of receipt (行政许可法 第三十二条). */
public record NoticeDeadlineMissed(long caseId, long unitId, LocalDate receivedOn) {
}
