package org.xiaoneng.evaluation;

/**
 * The lists the year's final results feed for the personnel office (rule 八 (五): 考评结果要与评先评优、晋级升职、物质奖励和精神鼓励
 * 相结合). Who is on each follows the assessment regulations' consequences of a grade (《公务员考核规定》 2020,
 * 《事业单位工作人员考核规定》 2023): 优秀 for honours and a commendation (嘉奖), three years 优秀 in a row for a merit
 * citation (三等功), three years 称职/合格 or better in a row for a step or a rank.
 */
public enum PersonnelList {

	/** 评先评优: the staff graded 优秀 this year. */
	HONOURS,

	/** 晋级升职: the staff graded 称职/合格 or better in each of the last three years. */
	PROMOTION,

	/** 物质奖励和精神鼓励: 嘉奖 for 优秀 this year, 记三等功 for 优秀 three years in a row. */
	REWARDS
}
