package org.xiaoneng.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.WorkCount;
import org.xiaoneng.common.WorkCountSource;

/**
 * The signed-in person's open work as every module counts it: the figures of the workbench and the counts on the
 * sidebar's entries.
 */
@Component
class WorkCounts {

	private final List<WorkCountSource> sources;

	WorkCounts(ObjectProvider<WorkCountSource> sources) {
		this.sources = sources.orderedStream().toList();
	}

	/** Every module's counts of the person's work, in the order of the work areas. */
	List<WorkCount> of(Authentication user) {
		var roles = Roles.of(user);
		return sources.stream()
			.flatMap(source -> source.countsFor(roles).stream())
			.sorted(java.util.Comparator.comparing(WorkCount::area))
			.toList();
	}

	/**
	 * The count each menu entry carries, by the entry's path: the first count whose list is that entry's page, the
	 * one its module names first (a person's own list before its department's).
	 */
	static Map<String, WorkCount> byPath(List<WorkCount> counts) {
		Map<String, WorkCount> byPath = new LinkedHashMap<>();
		counts.forEach(count -> byPath.putIfAbsent(count.path(), count));
		return byPath;
	}
}
