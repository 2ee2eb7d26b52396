package org.xiaoneng.inquiry;

import java.time.Instant;

/**
 * One step of an inquiry's history; never carries a complainant's identity.
 *
 * @param at when
 * @param kind what happened
 * @param byName who did it (account name)
 * @param postId the post it went to, or {@code null}
 * @param staffId the person it went to, or {@code null}
 * @param text what was said or recorded, or {@code null}
 */
public record InquiryStep(Instant at, StepKind kind, String byName, Long postId, Long staffId, String text) {
}
