package org.xiaoneng.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xiaoneng.organization.DataScope;

/** The caller's data scope as a condition on a row's {@code unit_id} and {@code department_id}. */
final class BadgeScope {

	private BadgeScope() {
	}

	static String sql(DataScope scope) {
		return scope.wholeRegion() ? "true" : "unit_id in (:scopeUnits) or department_id in (:scopeDepartments)";
	}

	/** The ids the condition names; an empty set is written as an id no row has, as {@code in ()} is no SQL. */
	static Map<String, Object> params(DataScope scope) {
		if (scope.wholeRegion()) {
			return Map.of();
		}
		return Map.of("scopeUnits", orNone(scope.unitIds()), "scopeDepartments", orNone(scope.departmentIds()));
	}

	private static List<Long> orNone(Set<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : new ArrayList<>(ids);
	}
}
