package org.xiaoneng.accountability;

import java.util.List;

/**
 * A year's cases counted per unit, failure type and sanction, within the reader's scope (exempted and withdrawn cases
 * are not counted).
 *
 * @param year the year
 * @param byUnit cases per unit
 * @param byFailureType cases per failure type
 * @param bySanction decided cases per sanction (a decision with two sanctions counts under both)
 */
public record YearStatistics(int year, List<Count> byUnit, List<Count> byFailureType, List<Count> bySanction) {

	public YearStatistics {
		byUnit = List.copyOf(byUnit);
		byFailureType = List.copyOf(byFailureType);
		bySanction = List.copyOf(bySanction);
	}

	/**
	 * One line of a count.
	 *
	 * @param key what is counted (a unit's id, a failure type's or a sanction's name)
	 * @param label its name in the reader's language
	 * @param cases how many
	 */
	public record Count(String key, String label, long cases) {
	}
}
