package org.xiaoneng.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The evaluation's local numbers (DOMAIN.md §8, defaults).
 *
 * @param excellentFrom the total from which a result may be 优秀
 * @param competentFrom the total from which it is 称职/合格
 * @param basicFrom the total from which it is 基本称职/基本合格; below, 不称职/不合格
 * @param quotaPercent the 优秀 quota, in per cent of those evaluated in the pool (default 20)
 * @param widerQuotaPercent the quota with the leader's approval (default 25)
 * @param objectionWorkingDays how long the 优秀 list is published for objections, in working days (at least 5)
 */
@ConfigurationProperties("xiaoneng.evaluation")
record EvaluationSettings(@DefaultValue("90") double excellentFrom, @DefaultValue("70") double competentFrom,
		@DefaultValue("60") double basicFrom, @DefaultValue("20") int quotaPercent,
		@DefaultValue("25") int widerQuotaPercent, @DefaultValue("5") int objectionWorkingDays) {

	EvaluationSettings {
		if (!(excellentFrom > competentFrom && competentFrom > basicFrom) || quotaPercent < 0
				|| widerQuotaPercent < quotaPercent || widerQuotaPercent > 100) {
			throw new IllegalArgumentException("evaluation thresholds must fall and quotas rise within 0–100");
		}
		// the source's issue: the 优秀 list is published for at least 5 working days for objections
		if (objectionWorkingDays < 5) {
			throw new IllegalArgumentException("the 优秀 list is published for at least 5 working days");
		}
	}

	/** The default numbers, for the rules' tests. */
	static EvaluationSettings defaults() {
		return new EvaluationSettings(90, 70, 60, 20, 25, 5);
	}

	/** The grade a total reaches before the quota and blocks are applied. */
	Grade gradeOf(double total) {
		if (total >= excellentFrom) {
			return Grade.EXCELLENT;
		}
		if (total >= competentFrom) {
			return Grade.COMPETENT;
		}
		return total >= basicFrom ? Grade.BASICALLY_COMPETENT : Grade.INCOMPETENT;
	}

	/** The number of 优秀 a pool of this size may have: the quota's per cent of it, rounded down. */
	int quota(int evaluated, boolean widerApproved) {
		return evaluated * quotaPercent(widerApproved) / 100;
	}

	/** The 优秀 quota in per cent of those evaluated, wider with the leader's approval. */
	int quotaPercent(boolean widerApproved) {
		return widerApproved ? widerQuotaPercent : quotaPercent;
	}
}
