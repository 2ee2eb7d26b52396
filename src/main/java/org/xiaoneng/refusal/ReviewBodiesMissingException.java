package org.xiaoneng.refusal;

import org.xiaoneng.common.RuleViolationException;

/**
 * A refusal notice names where the applicant may seek reconsideration and sue (行政许可法 第三十八条); a unit that has
 * not recorded them cannot issue one, so nobody files or puts into effect a refusal of its matters until its
 * administrator records them.
 */
public class ReviewBodiesMissingException extends RuleViolationException {

	ReviewBodiesMissingException(String unitName) {
		super(Kind.RULE_BROKEN, "refusal.error.reviewBodiesMissing", unitName);
	}
}
