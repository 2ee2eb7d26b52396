package org.xiaoneng.disclosure;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/** An editor's work on the public's feedback of their unit: the list, waiting and overdue first, and the answer. */
@Component
class FeedbackAnswering {

	private final ItemFeedbacks feedbacks;

	private final ItemSchedule schedule;

	private final AuditLog auditLog;

	private final Clock clock;

	FeedbackAnswering(ItemFeedbacks feedbacks, ItemSchedule schedule, AuditLog auditLog, Clock clock) {
		this.feedbacks = feedbacks;
		this.schedule = schedule;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<FeedbackView> ofMyUnit(boolean waitingOnly, Caller caller) {
		long unitId = DisclosureAccess.editor(caller).unitId();
		return feedbacks.ofUnit(unitId, waitingOnly)
			.stream()
			.map(titled -> FeedbackView.of(titled.feedback(), titled.itemTitle(), schedule.today()))
			.toList();
	}

	@Transactional(readOnly = true)
	int overdueOfMyUnit(Caller caller) {
		return feedbacks.overdueOf(DisclosureAccess.editor(caller).unitId(), schedule.today());
	}

	@Transactional
	FeedbackView answer(long id, String answer, Caller caller) {
		ItemFeedbacks.Titled titled = feedbacks.find(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		ItemFeedback feedback = titled.feedback();
		DisclosureAccess.requireEditorOf(caller, feedback.unitId(), id);
		feedback.answer(answer, caller.name(), clock.instant());
		feedbacks.save(feedback);
		auditLog.record(new AuditEntry(ItemPublishing.MODULE, "feedback.answered", String.valueOf(id), null,
				String.valueOf(feedback.itemId())));
		return FeedbackView.of(feedback, titled.itemTitle(), schedule.today());
	}
}
