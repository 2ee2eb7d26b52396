package org.xiaoneng.inquiry;

import java.time.Instant;

import org.xiaoneng.common.InquiryId;

/** An inquiry was registered, by a first responder or on the public portal. */
public record InquiryRegistered(InquiryId inquiryId, long unitId, InquiryCategory category, Long firstResponderId, Instant at) {
}
