package org.xiaoneng.casework.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseQuery;
import org.xiaoneng.casework.CaseQuery.CaseList;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Cases;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;
import org.xiaoneng.common.WorkCount.Tone;
import org.xiaoneng.common.WorkCountSource;

/**
 * The person's casework on the workbench: their own open steps, the department's queue for heads and leaders, the
 * yellow and red cases of their scope, the cases waiting for the applicant's correction, and the extensions waiting
 * for their decision. Each figure is the total of the very list it links to, so the two cannot disagree, read from
 * its first page of {@link WorkCount#MOST} rows ("99+" beyond).
 */
@Component
class CaseWorkCounts implements WorkCountSource {

	private static final Set<String> CASEWORK = Set.of("WINDOW_CLERK", "HANDLER", "DEPT_HEAD", "LEADER", "SUPERVISOR",
			"ADMIN");

	private static final Set<String> OWN_WORK = Set.of("WINDOW_CLERK", "HANDLER", "DEPT_HEAD", "LEADER");

	private static final Set<String> QUEUES = Set.of("DEPT_HEAD", "LEADER", "SUPERVISOR", "ADMIN");

	private static final Set<String> APPROVERS = Set.of("DEPT_HEAD", "LEADER");

	private final Cases cases;

	CaseWorkCounts(Cases cases) {
		this.cases = cases;
	}

	@Override
	public List<WorkCount> countsFor(Set<String> roles) {
		if (Collections.disjoint(roles, CASEWORK)) {
			return List.of();
		}
		List<WorkCount> counts = new ArrayList<>();
		if (!Collections.disjoint(roles, OWN_WORK)) {
			counts.add(list(CaseList.MINE, Tone.PLAIN));
		}
		if (!Collections.disjoint(roles, QUEUES)) {
			counts.add(list(CaseList.DEPARTMENT, Tone.PLAIN));
		}
		counts.add(list(CaseList.YELLOW, Tone.WARNING));
		counts.add(list(CaseList.RED, Tone.OVERDUE));
		CaseQuery corrections = new CaseQuery(null, null, null, null, null, CaseState.AWAITING_CORRECTION, null, null,
				null);
		counts.add(count("casework.count.corrections", "/cases?state=" + CaseState.AWAITING_CORRECTION, corrections,
				Tone.PLAIN));
		if (!Collections.disjoint(roles, APPROVERS)) {
			counts.add(WorkCount.of("casework.nav.approvals", "/cases/approvals", cases.extensionsAwaitingMe().size(),
					WorkArea.CASES));
		}
		return counts;
	}

	private WorkCount list(CaseList list, Tone tone) {
		return count("casework.list." + list, "/cases?list=" + list, CaseQuery.of(list), tone);
	}

	private WorkCount count(String messageKey, String link, CaseQuery query, Tone tone) {
		return WorkCount.of(messageKey, link, cases.search(query, null, null, WorkCount.MOST), tone, WorkArea.CASES);
	}
}
