package org.xiaoneng.inquiry;

import java.time.Instant;

import org.xiaoneng.common.InquiryId;

/** An inquiry was answered and closed; the first responder has been told. */
public record InquiryClosed(InquiryId inquiryId, long unitId, Long firstResponderId, Long handlerId, InquiryOutcome outcome, Instant at) {
}
