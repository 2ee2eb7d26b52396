package org.xiaoneng.catalog;

import java.util.Optional;
import java.util.Set;

import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;

/**
 * Who may write and approve the catalog. A handler, department head, leader or administrator drafts items of the
 * departments in their data scope; a department head, leader or administrator with the department in scope reviews
 * them. A unit's commitment is drafted by an administrator or a leader or department head of the unit, and published
 * (signed by the unit's principal leader) by an administrator or a leader of the unit.
 */
final class CatalogAuthority {

	private static final Set<String> DRAFTERS = Set.of("HANDLER", "DEPT_HEAD", "LEADER", "ADMIN");

	private static final Set<String> REVIEWERS = Set.of("DEPT_HEAD", "LEADER", "ADMIN");

	private CatalogAuthority() {
	}

	static void requireDrafter(Caller caller, long unitId, long departmentId) {
		require(caller, DRAFTERS, unitId, departmentId);
	}

	static void requireReviewer(Caller caller, long unitId, long departmentId) {
		require(caller, REVIEWERS, unitId, departmentId);
	}

	static void requireCommitmentAuthor(Caller caller, long unitId, boolean publishing) {
		if (caller.hasRole("ADMIN")) {
			return;
		}
		Set<String> roles = publishing ? Set.of("LEADER") : Set.of("LEADER", "DEPT_HEAD");
		Optional<StaffMember> member = caller.staff();
		if (!hasAnyRole(caller, roles) || member.isEmpty() || member.get().unitId() != unitId) {
			throw new CatalogAuthorityMissingException();
		}
	}

	private static void require(Caller caller, Set<String> roles, long unitId, long departmentId) {
		if (!hasAnyRole(caller, roles) || !caller.scope().includesDepartment(unitId, departmentId)) {
			throw new CatalogAuthorityMissingException();
		}
	}

	private static boolean hasAnyRole(Caller caller, Set<String> roles) {
		return roles.stream().anyMatch(caller::hasRole);
	}
}
