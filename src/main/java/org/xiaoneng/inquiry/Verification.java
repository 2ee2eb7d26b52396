package org.xiaoneng.inquiry;

/** A supervisor's finding on a complaint or report. */
public enum Verification {

	/** 属实 */
	SUBSTANTIATED,

	/** 部分属实 */
	PARTLY_SUBSTANTIATED,

	/** 不属实 */
	NOT_SUBSTANTIATED
}
