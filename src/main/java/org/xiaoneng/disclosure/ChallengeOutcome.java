package org.xiaoneng.disclosure;

/** Where a reconsideration or suit stands: 尚未审结, 结果维持, 结果纠正, 其他结果. */
public enum ChallengeOutcome {
	PENDING, UPHELD, CORRECTED, OTHER
}
