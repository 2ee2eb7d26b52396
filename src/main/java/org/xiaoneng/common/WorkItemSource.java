package org.xiaoneng.common;

import java.util.Comparator;
import java.util.List;

/**
 * A module that holds people's work answers for it through this interface, as a bean, so that a to-do list or the
 * handover list of an absence (同岗替代制) is the union of every source's answer and no module reaches into another.
 * A list builder injects {@code List<WorkItemSource>}; with no sources it simply lists nothing.
 */
public interface WorkItemSource {

	/** The open (pending or in-progress) work that the staff member with this staff number (工号) holds now. */
	List<WorkItem> openItemsOf(String staffNumber);

	/** The open work of a staff member across all the given sources, soonest deadline first, undated last. */
	static List<WorkItem> openItemsOf(String staffNumber, List<? extends WorkItemSource> sources) {
		return sources.stream()
			.flatMap(source -> source.openItemsOf(staffNumber).stream())
			.sorted(Comparator.comparing(WorkItem::deadline,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}
}
