package org.xiaoneng.supervision;

import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.organization.Caller;

/**
 * Who sees which card: its holder always; department heads, leaders and supervisors within their data scope
 * (their department, their unit, the region). Colleagues of the same department do not see each other's cards. Out
 * of scope answers as a missing card (docs/decisions/0004).
 */
final class CardAccess {

	/** The roles that read other people's cards within their data scope. */
	static final String[] OVERSEERS = { "DEPT_HEAD", "LEADER", "SUPERVISOR" };

	private CardAccess() {
	}

	static boolean oversees(Caller caller) {
		for (String role : OVERSEERS) {
			if (caller.hasRole(role)) {
				return true;
			}
		}
		return caller.isSystem();
	}

	static boolean mayRead(Caller caller, CardSubject subject, Long holderStaffId) {
		return caller.is(holderStaffId)
				|| (oversees(caller) && caller.sees(subject.unitId(), subject.scopeDepartment()));
	}

	static void requireReadable(Caller caller, Card card) {
		if (!mayRead(caller, card.subject(), card.holderStaffId())) {
			throw new CardNotFoundException(card.idOrNull());
		}
	}

	/** Reviewing cards, deciding appeals, pressing and tuning rules are the supervisors' work (效能办). */
	static void requireSupervisor(Caller caller) {
		if (!caller.hasRole("SUPERVISOR") && !caller.isSystem()) {
			throw new AccessDeniedException("SUPERVISOR");
		}
	}
}
