package org.xiaoneng.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.WorkItem;
import org.xiaoneng.common.WorkItemSource;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;

/**
 * The inquiries a staff member must act on, for to-do lists and handover lists: the ordinary matters they hold and the
 * callbacks owed by their posts. Matters they only follow as first responder are not work of theirs. It reads the
 * repository directly, because substitution (which InquiryRegister uses) asks every WorkItemSource.
 */
@Component
class InquiryWorkItems implements WorkItemSource {

	private final Inquiries inquiries;

	private final Organization organization;

	private final MessageSource messages;

	InquiryWorkItems(Inquiries inquiries, Organization organization, MessageSource messages) {
		this.inquiries = inquiries;
		this.organization = organization;
		this.messages = messages;
	}

	@Override
	public List<WorkItem> openItemsOf(String staffNumber) {
		Optional<StaffMember> member = organization.staffByNumber(staffNumber);
		if (member.isEmpty()) {
			return List.of();
		}
		List<WorkItem> items = new ArrayList<>();
		for (RegisterEntry inquiry : inquiries.heldBy(member.get().id())) {
			items.add(item(inquiry, inquiry.deadline(), inquiry.acknowledgedAt() != null));
		}
		for (RegisterEntry inquiry : inquiries.callbacksOf(member.get().postIds())) {
			items.add(item(inquiry, inquiry.callbackDue(), false));
		}
		return items;
	}

	private WorkItem item(RegisterEntry inquiry, java.time.LocalDate deadline, boolean inProgress) {
		String category = messages.getMessage("inquiry.category." + inquiry.category(), null, Locale.SIMPLIFIED_CHINESE);
		return new WorkItem(InquiryRegister.MODULE, String.valueOf(inquiry.id()),
				"[" + category + "] " + inquiry.subject(), "/inquiries/" + inquiry.id(), deadline, inProgress);
	}
}
