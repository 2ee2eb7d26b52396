package org.xiaoneng.inquiry.refusal;

import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.RefusalId;

/**
 * What the refusal module (否定报备制) does to a first-inquiry matter, and only it: a refusal filed on the matter is
 * filed by whoever may act on it, once in effect it closes the matter with its notice as the answer, and found wrong
 * on review it reopens the matter. Each runs in
 * the refusal's own transaction (docs/decisions/0025), so that a filing and its matter never disagree.
 */
public interface InquiryRefusals {

	/**
	 * The matter as a refusal filing takes it, for a caller who may act on it now.
	 *
	 * @throws org.xiaoneng.common.RuleViolationException unless the matter is open, ordinary, the caller's to act on,
	 * and names the service item refused
	 */
	RefusableInquiry refusable(InquiryId inquiryId);

	/** The refusal took effect: the matter closes (outcome REFUSED) with the notice's number and reasons as answer. */
	void refusalTookEffect(InquiryId inquiryId, RefusalId refusalId, String answer, String by);

	/** The refusal was found wrong on review: the matter reopens with its handler, the finding in its history. */
	void refusalFoundWrong(InquiryId inquiryId, RefusalId refusalId, String finding, String by);
}
