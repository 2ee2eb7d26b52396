package org.xiaoneng.accountability;

import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.organization.Caller;

/**
 * Who sees which case: its subject always; department heads, leaders and supervisors within their data scope. Out
 * of scope answers as a missing case (docs/decisions/0004). Whoever complained is the supervisors' alone
 * ({@link Complainants}).
 */
final class AccountabilityAccess {

	private static final String[] OVERSEERS = { "DEPT_HEAD", "LEADER", "SUPERVISOR" };

	private AccountabilityAccess() {
	}

	static boolean oversees(Caller caller) {
		for (String role : OVERSEERS) {
			if (caller.hasRole(role)) {
				return true;
			}
		}
		return caller.isSystem();
	}

	static boolean mayRead(Caller caller, Subject subject) {
		return caller.is(subject.staffId())
				|| (oversees(caller) && caller.sees(subject.unitId(), subject.scopeDepartment()));
	}

	static void requireReadable(Caller caller, AccountabilityCase kase) {
		if (!mayRead(caller, kase.subject())) {
			throw new AccountabilityCaseNotFoundException(kase.idOrNull());
		}
	}

	/** Whether the caller is a supervisor (效能办/纪检监察), who runs the cases and alone may see the complainant. */
	static boolean supervises(Caller caller) {
		return caller.hasRole("SUPERVISOR") || caller.isSystem();
	}

	/** Investigating, deciding and closing cases are the supervisors' work; within their scope, else not found. */
	static void requireSupervisorOver(Caller caller, AccountabilityCase kase) {
		requireReadable(caller, kase);
		if (!supervises(caller)) {
			throw new AccessDeniedException("SUPERVISOR");
		}
	}
}
