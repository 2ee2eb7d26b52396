package org.xiaoneng.calendar;

/**
 * What kind of day a date is, in a unit's calendar.
 */
public enum DayKind {

	/** Monday to Friday, not a holiday. */
	WORKING_DAY(true),

	/** Saturday or Sunday, not a make-up working day. */
	WEEKEND(false),

	/** A national public holiday rest day from the State Council's notice (法定节假日及调休放假). */
	PUBLIC_HOLIDAY(false),

	/** A weekend day that the State Council's notice makes a working day (调休上班). */
	MAKE_UP_WORKING_DAY(true),

	/** A holiday of the unit's region only, e.g. an ethnic-autonomy holiday (地方性节假日). */
	LOCAL_HOLIDAY(false);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return working;
	}
}
