package org.xiaoneng.evaluation;

/** Where a result stands: computed, published for objections, signed or disputed by the person, final. */
public enum ResultState {

	/** 已计算: scores and grade may still change. */
	COMPUTED,

	/** 公示中: the 优秀 list is published; the person signs or disputes. */
	PUBLISHED,

	/** 已签字: the person signed it. */
	SIGNED,

	/** 有异议: the person disputed it; the evaluation team answers. */
	DISPUTED,

	/** 已定: no longer changes. */
	FINAL
}
