package org.xiaoneng.substitution;

/** Why someone is away. */
public enum AbsenceKind {

	/** 请假 */
	LEAVE,

	/** 出差 */
	BUSINESS_TRIP,

	/** 会议 */
	MEETING,

	/** 学习培训 */
	TRAINING,

	/** 其他 */
	OTHER
}
