package org.xiaoneng.inquiry;

import java.time.Instant;

/** An inquiry was registered, by a first responder or on the public portal. */
public record InquiryRegistered(long inquiryId, long unitId, InquiryCategory category, Long firstResponderId, Instant at) {
}
