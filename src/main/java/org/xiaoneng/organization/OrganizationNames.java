package org.xiaoneng.organization;

import java.util.Map;
import java.util.Optional;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.UnitId;

/**
 * The names of every unit, department and post on record, retired ones included, as read at one moment: what the
 * public pages print beside an item (decision 0058). Names only: nothing of the organisation that is not public.
 */
public final class OrganizationNames {

	private final Map<Long, String> units;

	private final Map<Long, String> departments;

	private final Map<Long, String> posts;

	OrganizationNames(Map<Long, String> units, Map<Long, String> departments, Map<Long, String> posts) {
		this.units = Map.copyOf(units);
		this.departments = Map.copyOf(departments);
		this.posts = Map.copyOf(posts);
	}

	public Optional<String> of(UnitId id) {
		return Optional.ofNullable(units.get(id.value()));
	}

	public Optional<String> of(DepartmentId id) {
		return Optional.ofNullable(departments.get(id.value()));
	}

	public Optional<String> of(PostId id) {
		return Optional.ofNullable(posts.get(id.value()));
	}
}
