package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** Only a version submitted for review is published; a draft is not. */
public class PublishingWithoutReviewException extends RuleViolationException {

	PublishingWithoutReviewException(Object... arguments) {
		super(Kind.CONFLICT, "catalog.rule.notReviewed", arguments);
	}
}
