package org.xiaoneng.substitution.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;
import org.xiaoneng.common.WorkCountSource;
import org.xiaoneng.substitution.StaffNotLinkedException;
import org.xiaoneng.substitution.Substitutes;

/**
 * Substitution's share of the workbench: the handovers the person must take over for absent colleagues, and for
 * heads and leaders the absences waiting for their approval. An account linked to no staff member holds neither.
 */
@Component
class SubstitutionWorkCounts implements WorkCountSource {

	private static final Set<String> STAFF = Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER");

	private static final Set<String> APPROVERS = Set.of("DEPT_HEAD", "LEADER");

	private final Substitutes substitutes;

	SubstitutionWorkCounts(Substitutes substitutes) {
		this.substitutes = substitutes;
	}

	@Override
	public List<WorkCount> countsFor(Set<String> roles) {
		if (Collections.disjoint(roles, STAFF)) {
			return List.of();
		}
		List<WorkCount> counts = new ArrayList<>();
		try {
			counts.add(WorkCount.of("substitution.nav.handovers", "/substitution/handovers",
					substitutes.handoversFor(new StaffId(substitutes.me().id())).size(), WorkArea.SUBSTITUTION));
		}
		catch (StaffNotLinkedException nobody) {
			// no staff member, so nobody's work to take over
		}
		if (!Collections.disjoint(roles, APPROVERS)) {
			counts.add(WorkCount.of("substitution.nav.approvals", "/substitution/approvals",
					substitutes.awaitingMyApproval().size(), WorkArea.SUBSTITUTION));
		}
		return counts;
	}
}
