package org.xiaoneng.disclosure;

import java.util.List;

import org.springframework.stereotype.Service;
import org.xiaoneng.organization.Callers;

/**
 * The public's feedback (意见建议) for the editors of the item's unit: the list, waiting and overdue first, and the
 * answer, each checking the caller at its entry.
 */
@Service
public class DisclosureFeedback {

	private final Callers callers;

	private final FeedbackAnswering answering;

	DisclosureFeedback(Callers callers, FeedbackAnswering answering) {
		this.callers = callers;
		this.answering = answering;
	}

	/** The feedback on the editor's unit's items: waiting first by answer-by day, then answered; only waiting if asked. */
	public List<FeedbackView> ofMyUnit(boolean waitingOnly) {
		return answering.ofMyUnit(waitingOnly, callers.current());
	}

	/** How many feedbacks of the editor's unit wait past their answer-by day. */
	public int overdueOfMyUnit() {
		return answering.overdueOfMyUnit(callers.current());
	}

	/** Answers a feedback once; the answer is shown on the portal where its author agreed. */
	public FeedbackView answer(long id, String answer) {
		return answering.answer(id, answer, callers.current());
	}
}
