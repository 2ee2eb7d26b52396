package org.xiaoneng.accountability;

/** Where an accountability case came from; each links to its record in the module that produced it. */
public enum CaseSource {

	/** A red card of electronic supervision (红牌), or a card escalated to red. */
	CARD,

	/** A complaint or report found substantiated (投诉举报查实). */
	COMPLAINT,

	/** A refusal found wrong on review (否定报备被纠正). */
	REFUSAL,

	/** A finding of an inspection (明察暗访). */
	INSPECTION,

	/** Performance evaluation (绩效考评). */
	EVALUATION,

	/** A leader's referral (领导交办). */
	LEADER_REFERRAL
}
