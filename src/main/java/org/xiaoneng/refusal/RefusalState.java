package org.xiaoneng.refusal;

/** Where a filing stands. */
public enum RefusalState {

	/** Beyond the handler's authority: waiting for the leader's decision. */
	AWAITING_LEADER,

	/** A major matter: waiting for the collective decision (集体研究). */
	AWAITING_COLLECTIVE_DECISION,

	/** The refusal took effect (within authority, or agreed): the notice is issued. */
	IN_EFFECT,

	/** The leader disagreed with an instruction: the case went back to processing. */
	OVERRULED,

	/** A reviewer found the refusal wrong: the case was reopened. */
	FOUND_WRONG;

	/** Whether a leader or a collective decision is still awaited. */
	public boolean awaitingDecision() {
		return this == AWAITING_LEADER || this == AWAITING_COLLECTIVE_DECISION;
	}
}
