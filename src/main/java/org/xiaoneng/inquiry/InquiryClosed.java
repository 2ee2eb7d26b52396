package org.xiaoneng.inquiry;

import java.time.Instant;

/** An inquiry was answered and closed; the first responder has been told. */
public record InquiryClosed(long inquiryId, long unitId, Long firstResponderId, Long handlerId, InquiryOutcome outcome, Instant at) {
}
