package org.xiaoneng.calendar;

/**
 * How close a deadline is, as every list of time-limited work shows it (限时办结制: 正常, 黄牌预警, 红牌超期).
 */
public enum DeadlineStatus {

	/** 正常: time enough left. */
	NORMAL,

	/** 黄牌: at most the warning number of working days left, or the warning share of the time used. */
	YELLOW,

	/** 红牌: the deadline has passed. */
	RED
}
