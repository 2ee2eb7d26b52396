package org.xiaoneng.evaluation;

/**
 * A figure the platform computes for a department or a staff member over a year, and what the scheme's rule is
 * applied to. Each figure has its evidence: the cases, cards, inquiries, filings, covered work, badges or decisions it
 * counts.
 */
public enum Measure {

	/** Per cent of the cases completed in the year that were completed by the promised deadline (按时办结率). */
	ON_TIME_RATE,

	/** The working days used per case, as a per cent of the promised days (平均用时与承诺时限之比). */
	DAYS_AGAINST_PROMISED,

	/** Ratings of the year's cases at 不满意 or worse (差评). */
	BAD_RATINGS,

	/** Yellow cards (黄牌) issued in the year and not revoked. */
	YELLOW_CARDS,

	/** Red cards (红牌) issued in the year and not revoked. */
	RED_CARDS,

	/** Accountability decisions (问责决定) taken in the year. */
	ACCOUNTABILITY_DECISIONS,

	/** Per cent of the ordinary inquiries answered in the year that were answered by their deadline (首问按时答复率). */
	FIRST_INQUIRY_IN_TIME,

	/** Per cent of the refusal filings made and decided in the year that stood (否定报备合规率). */
	REFUSALS_STOOD,

	/** Pieces of work done on an absent holder's behalf in the year (代岗工作, the source text 六(五)). */
	COVERED_WORK,

	/** Per cent of the days a badge was needed in the year on which a valid one was held (持证上岗率). */
	BADGE_HELD,

	/**
	 * Per cent of the cases owed a one-time notice in the year whose applicant was told everything at once and in time
	 * (一次性告知合规率, 行政许可法 第三十二条): the cases whose first correction notice was issued in the year, and those
	 * deemed accepted in the year because no notice came within 5 working days; told at once when exactly one notice
	 * was issued and the case was not deemed accepted. For the issuer of the first notice and the case's department.
	 */
	ONE_TIME_NOTICE,

	/**
	 * Per cent of the rectifications (核实整改) the year's bad ratings opened that were closed, with findings, measures
	 * and call-back, by their due day (差评按期整改率); one still open and not yet due counts in neither. For the
	 * department head who owns the task and the handler's department.
	 */
	BAD_RATINGS_RECTIFIED
}
