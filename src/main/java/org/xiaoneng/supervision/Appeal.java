package org.xiaoneng.supervision;

import java.time.Instant;

/**
 * An appeal (申诉) against a card: filed by its holder with reasons, decided once by a supervisor with a written
 * reason.
 */
class Appeal {

	private final Long id;

	private final long cardId;

	private final long appellantStaffId;

	private final String reasons;

	private final Instant filedAt;

	private AppealState state;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	Appeal(Long id, long cardId, long appellantStaffId, String reasons, Instant filedAt, AppealState state,
			String decidedBy, Instant decidedAt, String decisionReason) {
		this.id = id;
		this.cardId = cardId;
		this.appellantStaffId = appellantStaffId;
		this.reasons = reasons;
		this.filedAt = filedAt;
		this.state = state;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.decisionReason = decisionReason;
	}

	/** A new appeal; the card has already let its holder through ({@link Card#requireAppealable}). */
	static Appeal file(long cardId, long appellantStaffId, String reasons, Instant at) {
		return new Appeal(null, cardId, appellantStaffId, WrittenTextRequiredException.require(reasons, "reasons"), at,
				AppealState.OPEN, null, null, null);
	}

	/** Decides it once, with a written reason. */
	void decide(AppealDecision decision, String reason, String by, Instant at) {
		if (state != AppealState.OPEN) {
			throw new AppealDecidedException(id);
		}
		this.decisionReason = WrittenTextRequiredException.require(reason, "decision");
		this.state = decision.outcome();
		this.decidedBy = by;
		this.decidedAt = at;
	}

	Long id() {
		return id;
	}

	long cardId() {
		return cardId;
	}

	long appellantStaffId() {
		return appellantStaffId;
	}

	String reasons() {
		return reasons;
	}

	Instant filedAt() {
		return filedAt;
	}

	AppealState state() {
		return state;
	}

	String decidedBy() {
		return decidedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String decisionReason() {
		return decisionReason;
	}
}
