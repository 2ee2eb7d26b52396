package org.xiaoneng.inquiry;

import java.time.Instant;
import java.util.List;

import org.xiaoneng.common.InquiryId;

/** A matter was handed on more than twice without an answer (推诿); the chain lists the posts it went to, in order. */
public record BuckPassingDetected(InquiryId inquiryId, long unitId, List<Long> chainPostIds, int handOvers, Instant at) {
}
