package org.xiaoneng.evaluation;

/**
 * Which grade names a result takes: civil servants are rated 优秀/称职/基本称职/不称职 (公务员考核规定 第六条), the
 * staff of public institutions 优秀/合格/基本合格/不合格 (事业单位工作人员考核规定 第十一条).
 */
public enum GradeScale {

	/** 公务员 */
	CIVIL_SERVANT,

	/** 事业单位工作人员 */
	INSTITUTION
}
