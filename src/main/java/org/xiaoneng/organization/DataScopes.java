package org.xiaoneng.organization;

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

	static final DataScope NOTHING = new DataScope(false, Set.of(), Set.of(), null);

	private final StaffMembers staff;

	DataScopes(StaffMembers staff) {
		this.staff = staff;
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
		return atWork(username, roles).map(Working::scope).orElse(NOTHING);
	}

	/** A staff member at work with the scope their roles give them. */
	record Working(StaffRecord staff, DataScope scope) {
	}

	/**
	 * The staff member at work with this sign-in name, if any, with the scope of the roles given (region-wide roles
	 * aside, which see everything whoever holds them): read in one statement, so that a request reads its caller once.
	 */
	Optional<Working> atWork(String username, Set<String> roles) {
		return staff
			.withScope(username, roles.contains("LEADER"), roles.contains("DEPT_HEAD"), roles.contains("HANDLER"))
			.filter(found -> !found.staff().status().hasLeft())
			.map(found -> new Working(found.staff(), new DataScope(false, found.unitIds(), found.departmentIds(),
					found.staff().staffNumber())));
	}

	static boolean regionWide(Set<String> roles) {
		return roles.stream().anyMatch(Caller.REGION_WIDE_ROLES::contains);
	}
}
