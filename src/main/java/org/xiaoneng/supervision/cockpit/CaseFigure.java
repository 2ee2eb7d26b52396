package org.xiaoneng.supervision.cockpit;

/** A cockpit number about cases, whose cases a drill-down lists. */
enum CaseFigure {

	/** 在办: accepted, not yet completed or withdrawn. */
	OPEN,

	/** Completed this month. */
	COMPLETED,

	/** Completed this month after the promised deadline. */
	LATE,

	/** Completed this month after the statutory deadline (法定时限; 行政许可法 第四十二条). */
	LATE_STATUTORY,

	/** Rated this month (好差评). */
	RATED,

	/** Rated 差评 this month. */
	DISSATISFIED
}
