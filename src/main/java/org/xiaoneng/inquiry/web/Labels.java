package org.xiaoneng.inquiry.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.inquiry.RegisterEntry;
import org.xiaoneng.inquiry.InquiryRegister;
import org.xiaoneng.inquiry.InquiryStep;
import org.xiaoneng.organization.Department;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Post;
import org.xiaoneng.organization.Reorganization;

/** Names of staff and posts, and deadline statuses, for the inquiry pages' lists. */
@Component
class Labels {

	/** A post to choose, named with its department. */
	record PostChoice(long id, String name) {
	}

	private final Organization organization;

	private final InquiryRegister register;

	private final Reorganization reorganization;

	Labels(Organization organization, InquiryRegister register, Reorganization reorganization) {
		this.organization = organization;
		this.register = register;
		this.reorganization = reorganization;
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

	/** The posts of a unit in force, named "department · post": what a matter may be handed to. */
	List<PostChoice> postsOfUnit(long unitId) {
		List<PostChoice> choices = new ArrayList<>();
		for (Department department : organization.departmentsOf(new UnitId(unitId))) {
			for (Post post : organization.postsOf(new DepartmentId(department.id()))) {
				choices.add(new PostChoice(post.id(), department.name() + " · " + post.name()));
			}
		}
		return choices;
	}

	/** Every post of a unit, retired ones included, named "department · post": the names past steps refer to. */
	Map<Long, String> postNames(long unitId) {
		Map<Long, String> departments = new HashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (Post post : reorganization.everyPostOfUnit(new UnitId(unitId))) {
			String department = departments.computeIfAbsent(post.departmentId(),
					id -> organization.department(new DepartmentId(id)).name());
			names.put(post.id(), department + " · " + post.name());
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
			names.computeIfAbsent(staffId, id -> organization.staffMember(new StaffId(id)).name());
		}
	}
}
