package org.xiaoneng.supervision;

/** What a supervisor decides on an appeal, always with a written reason. */
public enum AppealDecision {

	/** 撤销 the card. */
	REVOKE(AppealState.REVOKED),

	/** 维持 the card (打回 the appeal). */
	UPHOLD(AppealState.UPHELD),

	/** 上报: escalate the card one level. */
	ESCALATE(AppealState.ESCALATED);

	private final AppealState outcome;

	AppealDecision(AppealState outcome) {
		this.outcome = outcome;
	}

	AppealState outcome() {
		return outcome;
	}
}
