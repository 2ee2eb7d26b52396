package org.xiaoneng.refusal.web;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;
import org.xiaoneng.common.WorkCountSource;
import org.xiaoneng.refusal.Refusals;

/** The refusal filings waiting for the head's or leader's decision, on their workbench and at their queue's entry. */
@Component
class RefusalWorkCounts implements WorkCountSource {

	private static final Set<String> DECIDERS = Set.of("DEPT_HEAD", "LEADER");

	private final Refusals refusals;

	RefusalWorkCounts(Refusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public List<WorkCount> countsFor(Set<String> roles) {
		if (Collections.disjoint(roles, DECIDERS)) {
			return List.of();
		}
		return List.of(WorkCount.of("refusal.nav.queue", "/refusals/queue", refusals.decisionQueue().size(),
				WorkArea.REFUSAL));
	}
}
