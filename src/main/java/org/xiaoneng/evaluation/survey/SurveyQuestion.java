package org.xiaoneng.evaluation.survey;

/**
 * The questions of the short mobile survey, each answered 1 (very dissatisfied) to 5 (very satisfied); their text is
 * the bundle's {@code survey.question.<NAME>}. Overall satisfaction gives the score; the items show where it comes from.
 */
public enum SurveyQuestion {

	/** 总体满意度: the score. */
	OVERALL,

	/** 服务态度. */
	ATTITUDE,

	/** 办事效率. */
	EFFICIENCY,

	/** 廉洁自律 (the source text's 廉政建设 as the public sees it). */
	INTEGRITY;

	/** The lowest and highest answer. */
	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;
}
