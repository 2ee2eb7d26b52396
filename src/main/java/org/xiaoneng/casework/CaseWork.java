package org.xiaoneng.casework;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.WorkItem;
import org.xiaoneng.common.WorkItemSource;

/** The open steps a person holds, for to-do lists and the handover list of an absence (同岗替代制). */
@Component
class CaseWork implements WorkItemSource {

	private final CaseSearch search;

	CaseWork(CaseSearch search) {
		this.search = search;
	}

	@Override
	public List<WorkItem> openItemsOf(String staffNumber) {
		return search.openStepsOf(staffNumber)
			.stream()
			.map(step -> new WorkItem("casework", String.valueOf(step.caseId()),
					"办件 " + step.caseNumber() + " " + step.itemName() + "（" + step.stepName() + "）",
					"/cases/" + step.caseId(), step.deadline(), step.started()))
			.toList();
	}
}
