package org.xiaoneng.refusal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.WorkItem;
import org.xiaoneng.common.WorkItemSource;
import org.xiaoneng.organization.Organization;

/** A leader's filings waiting for their decision are their open work (to-do lists, handovers). */
@Component
class PendingDecisionWork implements WorkItemSource {

	private final Filings filings;

	private final MessageSource messages;

	private final Organization organization;

	PendingDecisionWork(Filings filings, MessageSource messages, Organization organization) {
		this.filings = filings;
		this.messages = messages;
		this.organization = organization;
	}

	@Override
	public List<WorkItem> openItemsOf(String staffNumber) {
		return organization.staffByNumber(staffNumber)
			.map(staff -> filings.awaitingDecision()
				.stream()
				.filter(refusal -> refusal.deciderStaffId() != null && refusal.deciderStaffId() == staff.id())
				.map(refusal -> new WorkItem(Refusals.MODULE, String.valueOf(refusal.id()),
						messages.getMessage("refusal.work.title", new Object[] { refusal.itemName(),
								refusal.applicant().name() }, Locale.SIMPLIFIED_CHINESE),
						"/refusals/" + refusal.id(), refusal.decisionDue(), false))
				.toList())
			.orElse(List.of());
	}
}
