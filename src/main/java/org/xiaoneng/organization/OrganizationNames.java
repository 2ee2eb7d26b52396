package org.xiaoneng.organization;

import java.util.Map;
import java.util.Optional;

import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.PostId;
import org.xiaoneng.common.UnitId;

/**
 * The names of every unit, department and post on record, retired ones included, and where the public reaches each
 * department, as read at one moment: what the public pages print beside an item or a case (decision 0058). Nothing of
 * the organisation that is not public.
 */
public final class OrganizationNames {

	private final Map<Long, String> units;

	private final Map<Long, String> departments;

	private final Map<Long, String> posts;

	private final Map<Long, Place> places;

	OrganizationNames(Map<Long, String> units, Map<Long, String> departments, Map<Long, String> posts,
			Map<Long, Place> places) {
		this.units = Map.copyOf(units);
		this.departments = Map.copyOf(departments);
		this.posts = Map.copyOf(posts);
		this.places = Map.copyOf(places);
	}

	/**
	 * Where the public reaches the department.
	 *
	 * @throws OrganizationRecordNotFoundException when there is no such department
	 */
	public DepartmentContact contactOf(DepartmentId id) {
		Place place = places.get(id.value());
		if (place == null) {
			throw new OrganizationRecordNotFoundException("department", id.value());
		}
		Place withPhone = place;
		while (withPhone.phone().isBlank() && withPhone.parentId() != null && places.containsKey(withPhone.parentId())) {
			withPhone = places.get(withPhone.parentId());
		}
		return new DepartmentContact(units.getOrDefault(place.unitId(), ""), departments.get(id.value()), place.room(),
				withPhone.phone());
	}

	/** A department's unit, parent, room and phone. */
	record Place(long unitId, Long parentId, String room, String phone) {
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
