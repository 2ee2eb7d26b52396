package org.xiaoneng.inquiry.web;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;
import org.xiaoneng.common.WorkCountSource;
import org.xiaoneng.inquiry.InquiryRegister;

/**
 * The first inquiries on the person's workbench: the matters they must handle now and those they took first and
 * follow to the end while someone else holds them (首问负责到底), each linking to its part of "my inquiries".
 */
@Component
class InquiryWorkCounts implements WorkCountSource {

	private static final Set<String> STAFF = Set.of("HANDLER", "WINDOW_CLERK", "DEPT_HEAD", "LEADER");

	private final InquiryRegister register;

	InquiryWorkCounts(InquiryRegister register) {
		this.register = register;
	}

	@Override
	public List<WorkCount> countsFor(Set<String> roles) {
		if (Collections.disjoint(roles, STAFF)) {
			return List.of();
		}
		try {
			return List.of(
					WorkCount.of("inquiry.page.assigned", "/inquiries/mine#mine-assigned", register.assignedToMe().size(),
							WorkArea.INQUIRY),
					WorkCount.of("inquiry.page.following", "/inquiries/mine#mine-following", register.following(null),
							WorkCount.Tone.PLAIN, WorkArea.INQUIRY));
		}
		catch (RuleViolationException notAtWork) {
			// an account linked to no staff member at work takes no inquiries
			return List.of();
		}
	}
}
