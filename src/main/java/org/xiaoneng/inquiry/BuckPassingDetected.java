package org.xiaoneng.inquiry;

import java.time.Instant;
import java.util.List;

/** A matter was handed on more than twice without an answer (推诿); the chain lists the posts it went to, in order. */
public record BuckPassingDetected(long inquiryId, long unitId, List<Long> chainPostIds, int handOvers, Instant at) {
}
