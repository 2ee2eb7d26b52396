package org.xiaoneng.evaluation;

/**
 * The grading of a pool (a unit's staff, or the region's departments) as a named policy: ranks by total; grades by
 * the thresholds; 优秀 only within the quota and never for a result blocked by an accountability decision, which then
 * takes 称职/合格 with its reason shown. A computed pool is ranked and graded set-based in the database
 * ({@link Results#regradePool}, docs/decisions/0049); this is the check of the team's grade given by hand.
 */
final class Grading {

	private final EvaluationSettings settings;

	Grading(EvaluationSettings settings) {
		this.settings = settings;
	}

	/**
	 * The check before the team makes one more result 优秀 by hand: refused when blocked, or when the pool's 优秀
	 * would exceed the quota.
	 *
	 * @param excellentOthers the pool's 优秀 other than this result
	 * @param evaluated the size of the pool
	 */
	void requireRoomForExcellent(String blockedReason, int excellentOthers, int evaluated, boolean widerApproved) {
		if (blockedReason != null) {
			throw new ExcellentBlockedException(blockedReason);
		}
		int quota = settings.quota(evaluated, widerApproved);
		if (excellentOthers + 1 > quota) {
			throw new ExcellentQuotaExceededException(excellentOthers, quota, evaluated,
					settings.quotaPercent(widerApproved), widerApproved);
		}
	}
}
