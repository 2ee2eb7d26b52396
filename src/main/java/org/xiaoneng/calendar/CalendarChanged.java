package org.xiaoneng.calendar;

import java.util.Set;
import java.util.TreeSet;

/**
 * A year's calendar was published or changed, nationally or for a unit: deadlines that touch these years must be
 * recomputed.
 *
 * @param years the years whose working days may have changed
 * @param unitCode the unit whose local holidays changed, or {@code null} for the national calendar
 */
public record CalendarChanged(Set<Integer> years, String unitCode) {

	public CalendarChanged {
		years = java.util.Collections.unmodifiableSet(new TreeSet<>(years));
	}
}
