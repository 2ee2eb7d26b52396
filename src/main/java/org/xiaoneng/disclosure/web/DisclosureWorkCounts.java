package org.xiaoneng.disclosure.web;

import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.RuleViolationException;
import org.xiaoneng.common.WorkArea;
import org.xiaoneng.common.WorkCount;
import org.xiaoneng.common.WorkCountSource;
import org.xiaoneng.disclosure.Disclosure;
import org.xiaoneng.disclosure.DisclosureFeedback;
import org.xiaoneng.disclosure.ItemStatus;

/**
 * The disclosure editor's workbench: the unit's items waiting for the second person's review, and the public's
 * feedback waiting for its answer, those past their answer-by day counted apart as overdue.
 */
@Component
class DisclosureWorkCounts implements WorkCountSource {

	private final Disclosure disclosure;

	private final DisclosureFeedback feedback;

	DisclosureWorkCounts(Disclosure disclosure, DisclosureFeedback feedback) {
		this.disclosure = disclosure;
		this.feedback = feedback;
	}

	@Override
	public List<WorkCount> countsFor(Set<String> roles) {
		if (!roles.contains("DISCLOSURE_EDITOR")) {
			return List.of();
		}
		try {
			int overdue = feedback.overdueOfMyUnit();
			return List.of(
					WorkCount.of("disclosure.count.reviews", "/disclosure/reviews",
							disclosure.myUnitItems(ItemStatus.IN_REVIEW).size(), WorkArea.DISCLOSURE),
					WorkCount.of("disclosure.count.feedbackWaiting", "/disclosure/feedback?waiting=true",
							feedback.ofMyUnit(true).size(), WorkArea.DISCLOSURE),
					new WorkCount("disclosure.count.feedbackOverdue", "/disclosure/feedback?waiting=true#feedback-overdue",
							overdue, false, overdue > 0 ? WorkCount.Tone.OVERDUE : WorkCount.Tone.PLAIN,
							WorkArea.DISCLOSURE));
		}
		catch (RuleViolationException | AccessDeniedException notAnEditor) {
			// an account linked to no staff member edits for no unit
			return List.of();
		}
	}
}
