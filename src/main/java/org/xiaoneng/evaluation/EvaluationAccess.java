package org.xiaoneng.evaluation;

import org.springframework.security.access.AccessDeniedException;
import org.xiaoneng.organization.Caller;

/**
 * Who runs the evaluation: the evaluation team (绩效考评工作小组) is the efficiency office, the platform's supervisors
 * (DOMAIN.md "People": supervisors run accountability and evaluation). They draft the schemes, start and compute the
 * year, grade, publish, answer disputes and record organisation checks. Leaders score those they oversee and approve
 * the wider 优秀 quota of their unit; everyone reads the schemes and their own result.
 */
final class EvaluationAccess {

	private EvaluationAccess() {
	}

	/** Whether the caller is on the evaluation team. */
	static boolean onTeam(Caller caller) {
		return caller.hasRole("SUPERVISOR") || caller.isSystem();
	}

	static void requireTeam(Caller caller) {
		if (!onTeam(caller)) {
			throw new AccessDeniedException("SUPERVISOR");
		}
	}
}
