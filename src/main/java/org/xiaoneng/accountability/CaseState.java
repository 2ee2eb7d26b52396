package org.xiaoneng.accountability;

/** Where an accountability case stands. */
public enum CaseState {

	/** 立案调查: opened, being investigated */
	OPEN,

	/** 待申辩: the investigation is recorded; the subject may make a statement until its deadline */
	AWAITING_STATEMENT,

	/** 已申辩 */
	STATED,

	/** 已决定: decided, with its effects on the subject's year */
	DECIDED,

	/** 不予追究: closed without accountability for force majeure (不可抗力), with the reason */
	EXEMPTED,

	/** 撤销: its source was revoked (a red card revoked on appeal) before a decision */
	WITHDRAWN;

	/** Whether it is still being worked on. */
	public boolean open() {
		return this == OPEN || this == AWAITING_STATEMENT || this == STATED;
	}
}
