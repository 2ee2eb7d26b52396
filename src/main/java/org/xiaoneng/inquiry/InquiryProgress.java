package org.xiaoneng.inquiry;

import java.time.Instant;
import java.time.LocalDate;

/** Where it stands: everything its transitions change, as stored. */
record InquiryProgress(Long departmentId, Long handlerId, String handlerNumber, Long postId, InquiryState state,
		Long callbackPostId, LocalDate callbackDue, Long authorityId, int handOvers, boolean buckPassing,
		String answer, Instant answeredAt, LocalDate promisedBy, InquiryOutcome outcome, Instant closedAt,
		String closedBy, LocalDate acknowledgeDue, Instant acknowledgedAt, LocalDate deadline,
		Integer extensionDays, String extensionReason, String extensionRequestedBy, String extensionApprovedBy,
		boolean overdueReported, Verification verification, String findings, Instant acceptanceNotifiedAt,
		boolean handlerOnBehalf) {

	/** A matter just registered, open, with whoever holds it first (or nobody yet) and its limits. */
	static InquiryProgress opened(InquiryState state, Holder handler, Long postId, LocalDate acknowledgeDue,
			Instant acknowledgedAt, LocalDate deadline) {
		return new InquiryProgress(handler == null ? null : handler.departmentId(),
				handler == null ? null : handler.id(), handler == null ? null : handler.number(), postId, state, null, null, null, 0, false, null, null, null,
				null, null, null, acknowledgeDue, acknowledgedAt, deadline, null, null, null, null, false, null, null,
				null, handler != null && handler.onBehalf());
	}
}
