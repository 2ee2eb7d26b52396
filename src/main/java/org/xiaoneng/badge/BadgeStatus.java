package org.xiaoneng.badge;

/** Where a badge stands; only {@link #VALID} lets its holder wear it on duty. */
public enum BadgeStatus {

	/** 有效 */
	VALID,

	/** 已收回: taken back on transfer, departure or by the office. */
	REVOKED,

	/** 挂失作废: reported lost, void at once; a new badge under a new number replaces it. */
	LOST,

	/** 过期: still recorded as valid, but its validity ended. */
	EXPIRED;

	/** Whether the public page shows it plainly as not valid (in red). */
	public boolean invalid() {
		return this != VALID;
	}
}
