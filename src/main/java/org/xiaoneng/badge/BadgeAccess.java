package org.xiaoneng.badge;

import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.organization.Caller;

/**
 * Who does what with badges. Issuing, taking back and printing is the badge office's work (颁证部门, here the
 * organisation's administrators, who also record joining, transfers and departures); heads, leaders and supervisors
 * read the register of their data scope. Out of scope answers as a missing badge (docs/decisions/0004).
 */
final class BadgeAccess {

	private static final String[] READERS = { "ADMIN", "SUPERVISOR", "LEADER", "DEPT_HEAD" };

	private BadgeAccess() {
	}

	static void requireOffice(Caller caller) {
		if (!caller.hasRole("ADMIN") && !caller.isSystem()) {
			throw new AccessDeniedException("ADMIN");
		}
	}

	static void requireReader(Caller caller) {
		for (String role : READERS) {
			if (caller.hasRole(role)) {
				return;
			}
		}
		if (!caller.isSystem()) {
			throw new AccessDeniedException("badge register");
		}
	}

	static void requireReadable(Caller caller, long unitId, long departmentId, Object what) {
		requireReader(caller);
		caller.requireScopeOver(unitId, departmentId, () -> new BadgeNotFoundException(what));
	}
}
