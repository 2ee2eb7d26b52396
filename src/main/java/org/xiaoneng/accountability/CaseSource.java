package org.xiaoneng.accountability;

/**
 * Where an accountability case came from; each with a record of its own links to that record's page in the module
 * that produced it, for whoever may read that page.
 */
public enum CaseSource {

	/** A red card of electronic supervision (红牌), or a card escalated to red: its holder reads the card. */
	CARD("/supervision/cards/", false),

	/** A complaint or report found substantiated (投诉举报查实): supervisors alone, who complained is theirs. */
	COMPLAINT("/inquiries/complaints/", true),

	/** A refusal found wrong on review (否定报备被纠正): its handler and the leaders over it read the refusal. */
	REFUSAL("/refusals/", false),

	/** A finding of an inspection (明察暗访): inspections are the supervisors' records. */
	INSPECTION("/accountability/inspections/findings/", true),

	/** Performance evaluation (绩效考评). */
	EVALUATION(null, true),

	/** A leader's referral (领导交办): no record elsewhere. */
	LEADER_REFERRAL(null, true);

	private final String page;

	private final boolean supervisorsOnly;

	CaseSource(String page, boolean supervisorsOnly) {
		this.page = page;
		this.supervisorsOnly = supervisorsOnly;
	}

	/**
	 * The address of the source's page for a reader of the case, or {@code null} when the source has none or the reader
	 * may not follow it: a complaint's page (and so whoever complained) never reaches the subject, their head or unit.
	 */
	String linkFor(Long sourceId, boolean supervisor) {
		if (page == null || sourceId == null || supervisorsOnly && !supervisor) {
			return null;
		}
		return page + sourceId;
	}
}
