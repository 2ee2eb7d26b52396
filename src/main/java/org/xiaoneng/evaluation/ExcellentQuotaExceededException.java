package org.xiaoneng.evaluation;

import org.xiaoneng.common.RuleViolationException;

/**
 * One more 优秀 would exceed the quota of the pool (default 20 % of those evaluated; 25 % with the leader's approval).
 * The message names the count, the quota and the pool.
 */
class ExcellentQuotaExceededException extends RuleViolationException {

	ExcellentQuotaExceededException(int excellent, int quota, int evaluated, int percent, boolean widerApproved) {
		super(Kind.RULE_BROKEN,
				widerApproved ? "evaluation.error.quotaFull" : "evaluation.error.quotaFullWithoutApproval",
				excellent, quota, evaluated, percent);
	}
}
