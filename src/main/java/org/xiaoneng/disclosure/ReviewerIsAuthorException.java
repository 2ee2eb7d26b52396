package org.xiaoneng.disclosure;

import org.xiaoneng.common.RuleViolationException;

/** The confidentiality review is a second person's: the item's editor does not clear their own draft. */
class ReviewerIsAuthorException extends RuleViolationException {

	ReviewerIsAuthorException() {
		super(Kind.RULE_BROKEN, "disclosure.error.reviewerIsAuthor");
	}
}
