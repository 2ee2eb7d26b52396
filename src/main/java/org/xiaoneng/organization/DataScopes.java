package org.xiaoneng.organization;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Whose work a caller may see: supervisors and administrators everything in the region; a principal leader their
 * unit; a deputy leader the departments they oversee; a department head the departments they head; a handler their
 * own department; each of these (and everyone else, e.g. a window clerk) their own work. Departments include those
 * below them. A caller who is not linked to a staff member at work sees nothing outside a region-wide role.
 */
@Component
class DataScopes {

	private static final DataScope NOTHING = new DataScope(false, Set.of(), Set.of(), null);

	private final StaffMembers staff;

	private final Units units;

	private final Departments departments;

	DataScopes(StaffMembers staff, Units units, Departments departments) {
		this.staff = staff;
		this.units = units;
		this.departments = departments;
	}

	/** The roles of a signed-in caller, without {@code ROLE_}. */
	static Set<String> rolesOf(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
	}

	DataScope scopeOf(String username, Set<String> roles) {
		if (regionWide(roles)) {
			return DataScope.wholeRegionScope();
		}
		return scopeOf(atWork(username), roles);
	}

	/** The staff member at work with this sign-in name, if any: the one whose scope the roles widen. */
	Optional<StaffRecord> atWork(String username) {
		return staff.findByUsername(username).filter(member -> !member.status().hasLeft());
	}

	/** The scope of a caller already looked up, so that one request reads the staff member once. */
	DataScope scopeOf(Optional<StaffRecord> caller, Set<String> roles) {
		if (regionWide(roles)) {
			return DataScope.wholeRegionScope();
		}
		if (caller.isEmpty()) {
			return NOTHING;
		}
		StaffRecord member = caller.get();
		Set<Long> unitIds = new HashSet<>();
		Set<Long> departmentIds = new HashSet<>();
		if (roles.contains("LEADER")) {
			unitIds.addAll(units.ledBy(member.id()));
			departmentIds.addAll(departments.overseenBy(member.id()));
		}
		if (roles.contains("DEPT_HEAD")) {
			departmentIds.addAll(departments.headedBy(member.id()));
			departmentIds.add(member.departmentId());
		}
		if (roles.contains("HANDLER")) {
			departmentIds.add(member.departmentId());
		}
		return new DataScope(false, unitIds, departments.withDescendants(departmentIds), member.staffNumber());
	}

	private static boolean regionWide(Set<String> roles) {
		return roles.stream().anyMatch(Caller.REGION_WIDE_ROLES::contains);
	}
}
