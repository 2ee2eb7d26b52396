package org.xiaoneng.inquiry;

/** How an inquiry ended (the outcome path of 首问负责制). */
public enum InquiryOutcome {

	/** Own duty: answered on the spot or by the stated time. */
	ANSWERED,

	/** Outside the unit: the visitor was told the competent authority and its phone. */
	REFERRED,

	/** A complaint or report verified by a supervisor. */
	VERIFIED,

	/** 否定报备制: a refusal filed on the matter took effect; its notice is the answer. */
	REFUSED
}
