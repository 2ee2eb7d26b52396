package org.xiaoneng.supervision;

/** Where an appeal (申诉) stands. */
public enum AppealState {

	/** Awaiting a supervisor's decision. */
	OPEN,

	/** 撤销: the card was revoked. */
	REVOKED,

	/** 维持: the card stands. */
	UPHELD,

	/** 上报: the card went one level up. */
	ESCALATED
}
