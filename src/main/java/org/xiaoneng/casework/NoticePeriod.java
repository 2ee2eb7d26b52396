package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * The period for the one-time notice (一次性告知制) on the materials on hand: 行政许可法 第三十二条 allows 5 days
 * (working days, 第八十二条) from their receipt or their last correction; after that the application counts as
 * accepted, on the day they were complete.
 *
 * @param dueOn the last day a notice may be issued
 * @param lastSuppliedOn the day the materials on hand were complete as far as the applicant knows
 */
record NoticePeriod(LocalDate dueOn, LocalDate lastSuppliedOn) {

	static final int WORKING_DAYS = 5;

	/** The period that opens with materials supplied on the day. */
	static NoticePeriod from(LocalDate suppliedOn, long unitId, CaseCalendar calendar) {
		return new NoticePeriod(calendar.deadline(unitId, suppliedOn, WORKING_DAYS), suppliedOn);
	}

	/** Fails once the 5 days have passed: the application counts as accepted, no notice any more. */
	void requireOpenOn(LocalDate today) {
		if (today.isAfter(dueOn)) {
			throw new CaseRuleException("casework.notice.periodOver", dueOn);
		}
	}

	/**
	 * A notice lists something; a second one needs a reason and may list only problems of material supplied since the
	 * last (a second notice is a breach of the one-time rule all the same).
	 */
	static void requireListable(int earlierRounds, String reason, List<NoticeDefect> defects) {
		if (defects.isEmpty()) {
			throw new SubmissionInvalidException("casework.notice.empty");
		}
		if (earlierRounds > 0 && reason == null) {
			throw new CaseRuleException("casework.notice.secondNeedsReason");
		}
		if (earlierRounds > 0 && defects.stream().anyMatch(d -> d.missing() || d.round() < earlierRounds)) {
			throw new CaseRuleException("casework.notice.secondOnlyNewMaterial");
		}
	}
}
