package org.xiaoneng.evaluation.survey;

import java.util.Comparator;

/**
 * A stratum of the survey: the people served by one department of one unit in the period. Strata are sampled apart,
 * so that each department's score rests on its own people.
 *
 * @param unitId the unit
 * @param departmentId the department
 */
public record Stratum(long unitId, long departmentId) implements Comparable<Stratum> {

	private static final Comparator<Stratum> ORDER = Comparator.comparingLong(Stratum::unitId)
		.thenComparingLong(Stratum::departmentId);

	@Override
	public int compareTo(Stratum other) {
		return ORDER.compare(this, other);
	}
}
