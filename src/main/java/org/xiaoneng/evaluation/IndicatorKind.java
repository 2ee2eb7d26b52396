package org.xiaoneng.evaluation;

/** Where an indicator's score comes from (rule 八 (四): 定量/定性, 年终考核, 群众评议, 领导评议). */
public enum IndicatorKind {

	/** 定量: computed from the platform's own records ({@link Measure}). */
	COMPUTED,

	/** 领导评议: scored by the overseeing leader (分管领导). */
	LEADER_SCORED,

	/** 群众评议: the public's, from the sampling survey's result of the department. */
	PUBLIC,

	/** 年终考核: assessed by the evaluation team at year end. */
	YEAR_END,

	/** 定性考评: a level scored by the evaluation team against written criteria per grade. */
	QUALITATIVE
}
