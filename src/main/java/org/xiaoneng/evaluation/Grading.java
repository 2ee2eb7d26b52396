package org.xiaoneng.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The grading of a pool (a unit's staff, or the region's departments) as a named policy: ranks by total; grades by
 * the thresholds; 优秀 only within the quota and never for a result blocked by an accountability decision, which then
 * takes 称职/合格 with its reason shown.
 */
final class Grading {

	/**
	 * A result to grade.
	 *
	 * @param resultId the result
	 * @param total its total
	 * @param blockedReason why it cannot be 优秀, or {@code null}
	 */
	record Candidate(long resultId, double total, String blockedReason) {
	}

	/**
	 * A result's place and grade.
	 *
	 * @param resultId the result
	 * @param rank 1 for the best; equal totals share a rank
	 * @param grade its grade
	 */
	record Graded(long resultId, int rank, Grade grade) {
	}

	private final EvaluationSettings settings;

	Grading(EvaluationSettings settings) {
		this.settings = settings;
	}

	/** Ranks and grades a whole pool; the quota goes to the best totals not blocked, ties broken by the lower id. */
	List<Graded> grade(List<Candidate> pool, boolean widerApproved) {
		List<Candidate> ordered = pool.stream()
			.sorted(Comparator.comparingDouble(Candidate::total).reversed().thenComparingLong(Candidate::resultId))
			.toList();
		int quota = settings.quota(pool.size(), widerApproved);
		int excellent = 0;
		List<Graded> graded = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Candidate candidate = ordered.get(i);
			int rank = i > 0 && ordered.get(i - 1).total() == candidate.total() ? graded.get(i - 1).rank() : i + 1;
			Grade grade = settings.gradeOf(candidate.total());
			if (grade == Grade.EXCELLENT && (candidate.blockedReason() != null || excellent >= quota)) {
				grade = Grade.COMPETENT;
			}
			if (grade == Grade.EXCELLENT) {
				excellent++;
			}
			graded.add(new Graded(candidate.resultId(), rank, grade));
		}
		return graded;
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
					widerApproved ? settings.widerQuotaPercent() : settings.quotaPercent(), widerApproved);
		}
	}
}
