package org.xiaoneng.inquiry;

import java.time.Instant;
import java.time.LocalDate;

/** Where it stands: everything its transitions change, as stored. */
record InquiryProgress(Long departmentId, Long handlerId, String handlerNumber, Long postId, InquiryState state,
		Long callbackPostId, LocalDate callbackDue, Long authorityId, int handOvers, boolean buckPassing,
		String answer, Instant answeredAt, LocalDate promisedBy, InquiryOutcome outcome, Instant closedAt,
		String closedBy, LocalDate acknowledgeDue, Instant acknowledgedAt, LocalDate deadline,
		Integer extensionDays, String extensionReason, String extensionRequestedBy, String extensionApprovedBy,
		boolean overdueReported, Verification verification, String findings, Instant acceptanceNotifiedAt) {
}
