package org.xiaoneng.catalog;

/**
 * A time limit (法定办结时限 or 承诺办结时限).
 *
 * @param number how many days; {@code null} when the law sets none (then the explanation says why)
 * @param unit working or natural days
 * @param explanation a note, e.g. what the limit does not count
 */
public record TimeLimit(Integer number, LimitUnit unit, String explanation) {

	public TimeLimit {
		explanation = explanation == null ? "" : explanation;
	}

	/** A limit in working days without a note. */
	public static TimeLimit workingDays(int number) {
		return new TimeLimit(number, LimitUnit.WORKING_DAYS, "");
	}
}
