package org.xiaoneng.casework;

import java.time.LocalDate;

/** The result was delivered (送达); `late` when a certificate came more than 10 days after the decision (行政许可法 第四十四条). */
public record CaseDelivered(long caseId, long unitId, DeliveryMethod method, LocalDate deliveredOn, boolean late) {
}
