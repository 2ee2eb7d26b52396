package org.xiaoneng.inquiry;

import java.time.LocalDate;

/** An open inquiry passed its deadline; published once per inquiry. Supervision listens. */
public record InquiryOverdue(long inquiryId, long unitId, Long departmentId, Long handlerId, LocalDate deadline) {
}
