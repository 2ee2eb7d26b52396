package org.xiaoneng.catalog;

/** 办件类型. */
public enum CaseKind {

	/** 即办件: decided on the spot; the promised limit is 0. */
	IMMEDIATE,

	/** 承诺件: decided within the promised limit. */
	PROMISED
}
