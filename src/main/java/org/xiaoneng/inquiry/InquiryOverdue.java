package org.xiaoneng.inquiry;

import java.time.LocalDate;

import org.xiaoneng.common.InquiryId;

/** An open inquiry passed its deadline; published once per inquiry. Supervision listens. */
public record InquiryOverdue(InquiryId inquiryId, long unitId, Long departmentId, Long handlerId, LocalDate deadline) {
}
