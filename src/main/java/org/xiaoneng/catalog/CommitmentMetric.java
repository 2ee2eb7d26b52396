package org.xiaoneng.catalog;

/** What a measurable promise of a service commitment is measured by. */
public enum CommitmentMetric {

	/** 按时办结率, in %: completed within the promised limit (承诺时限), extensions not counted */
	ON_TIME_COMPLETION_RATE,

	/** 法定时限内办结率, in %: completed within the statutory limit (法定时限), extensions not counted */
	STATUTORY_ON_TIME_RATE,

	/** 平均办理用时, in working days */
	AVERAGE_WORKING_DAYS_USED,

	/** 内部当天签办率, in % */
	SAME_DAY_SIGN_OFF_RATE,

	/** 好评率, in % */
	SATISFACTION_RATE
}
