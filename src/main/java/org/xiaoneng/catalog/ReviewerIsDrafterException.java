package org.xiaoneng.catalog;

import org.xiaoneng.common.RuleViolationException;

/** Whoever submitted a version for review does not publish it (审核与起草分离). */
public class ReviewerIsDrafterException extends RuleViolationException {

	ReviewerIsDrafterException(Object... arguments) {
		super(Kind.RULE_BROKEN, "catalog.rule.reviewerIsDrafter", arguments);
	}
}
