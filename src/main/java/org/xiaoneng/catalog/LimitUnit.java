package org.xiaoneng.catalog;

/** The unit of a time limit. */
public enum LimitUnit {

	/** 工作日 */
	WORKING_DAYS,

	/** 自然日 */
	NATURAL_DAYS
}
