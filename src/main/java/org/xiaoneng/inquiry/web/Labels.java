package org.xiaoneng.inquiry.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.InquiryStep;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;

/** Names of staff and posts, and deadline statuses, for the inquiry pages' lists. */
@Component
class Labels {

	/** A post to choose, named with its department. */
	record PostChoice(long id, String name) {
	}

	private final Organization organization;

	private final InquiryRegister register;

	Labels(Organization organization, InquiryRegister register) {
		this.organization = organization;
		this.register = register;
	}

	/** The names of the first responders, handlers and step recipients, by staff id. */
	Map<Long, String> names(List<RegisterEntry> inquiries, List<InquiryStep> steps) {
		Map<Long, String> names = new HashMap<>();
		for (RegisterEntry inquiry : inquiries) {
			add(names, inquiry.firstResponderId());
			add(names, inquiry.handlerId());
		}
		for (InquiryStep step : steps) {
			add(names, step.staffId());
		}
		return names;
	}

	/** The posts of a unit, named "department · post". */
	List<PostChoice> postsOfUnit(long unitId) {
		return postNames(unitId).entrySet().stream().map(e -> new PostChoice(e.getKey(), e.getValue())).toList();
	}

	Map<Long, String> postNames(long unitId) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Department department : organization.departmentsOf(unitId)) {
			for (Post post : organization.postsOf(department.id())) {
				names.put(post.id(), department.name() + " · " + post.name());
			}
		}
		return names;
	}

	Map<Long, DeadlineStatus> statuses(List<RegisterEntry> inquiries) {
		Map<Long, DeadlineStatus> statuses = new HashMap<>();
		inquiries.forEach(inquiry -> statuses.put(inquiry.id(), register.deadlineStatus(inquiry)));
		return statuses;
	}

	private void add(Map<Long, String> names, Long staffId) {
		if (staffId != null) {
			names.computeIfAbsent(staffId, id -> organization.staffMember(id).name());
		}
	}
}
