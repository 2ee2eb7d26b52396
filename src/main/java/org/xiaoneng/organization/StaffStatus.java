package org.xiaoneng.organization;

/** Whether a staff member is at work; every status but {@link #ON_DUTY} is a way of having left. */
public enum StaffStatus {

	/** 在岗 */
	ON_DUTY,

	/** 调离: moved to an employer outside the region. */
	TRANSFERRED_OUT,

	/** 离职 */
	RESIGNED,

	/** 退休 */
	RETIRED;

	public boolean hasLeft() {
		return this != ON_DUTY;
	}
}
