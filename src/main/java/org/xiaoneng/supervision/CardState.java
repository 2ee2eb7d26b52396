package org.xiaoneng.supervision;

/** Where a card stands. */
public enum CardState {

	/** 待发: raised, awaiting a supervisor's review where the rule asks for one. */
	PENDING,

	/** 已发: issued to its holder, feedback due. */
	ISSUED,

	/** 已反馈: the holder's rectification report (整改反馈) is in. */
	ANSWERED,

	/** 已办结: a supervisor accepted the feedback. */
	CLOSED,

	/** 撤销: revoked on appeal. */
	REVOKED,

	/** 取消: the cause vanished before the card was issued. */
	CANCELLED;

	/** Whether the card still binds its holder (an appeal or feedback may follow). */
	public boolean live() {
		return this == ISSUED || this == ANSWERED;
	}
}
