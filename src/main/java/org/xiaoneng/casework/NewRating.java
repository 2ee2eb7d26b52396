package org.xiaoneng.casework;

/**
 * A rating (好差评) on the canonical scale 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意.
 *
 * @param overall 整体满意度
 * @param efficiency 服务效率
 * @param serviceLevel 服务水平
 * @param attitude 服务态度
 * @param comment a comment, or {@code null}
 * @param channel where it was given
 */
public record NewRating(int overall, int efficiency, int serviceLevel, int attitude, String comment,
		RatingChannel channel) {

	/** 不满意 or worse: opens a rectification (核实整改). */
	public boolean bad() {
		return overall <= 2;
	}

	/** GB/T 39046 codes the levels the other way round (1 非常满意 … 5 非常不满意): only exports use this. */
	public static int gbtCode(int canonicalScore) {
		return 6 - canonicalScore;
	}
}
