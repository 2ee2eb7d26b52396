package org.xiaoneng.casework;

/** The states of a case (GB/T 39046-2020). */
public enum CaseState {

	/** 接件: received, materials being checked. */
	RECEIVED,

	/** 补正中: a one-time notice was issued; waiting for the applicant's correction. */
	AWAITING_CORRECTION,

	/** 已受理: accepted, the first step assigned. */
	ACCEPTED,

	/** 办理中: steps being worked. */
	PROCESSING,

	/** 暂停: the clock paused (correction after acceptance, special procedure). */
	SUSPENDED,

	/** 否定报备待审: a refusal filed beyond the handler's authority waits for the leader. */
	REFUSAL_PENDING,

	/** 不予受理 */
	NOT_ACCEPTED,

	/** 办结 (准予 or 不予) */
	COMPLETED,

	/** 已送达 */
	DELIVERED,

	/** 撤回 */
	WITHDRAWN;

	/** Whether the case is still open with its clock (accepted and not finished). */
	public boolean running() {
		return this == ACCEPTED || this == PROCESSING || this == SUSPENDED || this == REFUSAL_PENDING;
	}

	/** Whether nothing more happens to the case but delivery (or nothing at all). */
	public boolean closed() {
		return this == NOT_ACCEPTED || this == COMPLETED || this == DELIVERED || this == WITHDRAWN;
	}
}
