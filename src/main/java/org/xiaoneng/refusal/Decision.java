package org.xiaoneng.refusal;

/** The leader's (or the collective) decision on a filing beyond the handler's authority. */
public enum Decision {

	/** 同意: the refusal takes effect. */
	AGREED,

	/** 不同意: the case returns to processing with the leader's instruction. */
	DISAGREED
}
