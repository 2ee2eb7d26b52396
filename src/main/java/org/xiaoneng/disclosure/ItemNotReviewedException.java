package org.xiaoneng.disclosure;

import org.xiaoneng.common.RuleViolationException;

/** Only an item cleared by the confidentiality review (保密审查) of a second person is published. */
class ItemNotReviewedException extends RuleViolationException {

	ItemNotReviewedException(String title) {
		super(Kind.RULE_BROKEN, "disclosure.error.notReviewed", title);
	}
}
