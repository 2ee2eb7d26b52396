package org.xiaoneng.evaluation;

/** A result's grade, best first; its name depends on the {@link GradeScale} (优秀/称职… or 优秀/合格…). */
public enum Grade {

	/** 优秀, within the quota and only without an accountability decision in the year. */
	EXCELLENT,

	/** 称职 / 合格 */
	COMPETENT,

	/** 基本称职 / 基本合格 */
	BASICALLY_COMPETENT,

	/** 不称职 / 不合格: a department so graded gets an organisation check (组织核查) before its result is final. */
	INCOMPETENT;

	/** Whether the grade fails (不称职/不合格). */
	public boolean fails() {
		return this == INCOMPETENT;
	}
}
