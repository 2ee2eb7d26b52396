package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

import org.xiaoneng.calendar.DeadlineStatus;

/**
 * Everything the case page shows: the case, its item, steps, pauses, extensions, documents, history and how its
 * deadline was computed. Personal data stays masked; the full identity is a separate, audited view.
 *
 * @param file the case
 * @param itemName the item's name
 * @param channel where it came in
 * @param pickup how the applicant wants the result
 * @param result the decision once completed
 * @param certificateName the certificate (证照) granted
 * @param certificateNumber its number
 * @param decidedOn the day of the decision
 * @param deliveryMethod how it was delivered
 * @param deliveredOn when
 * @param deemedAccepted whether acceptance was by law (行政许可法 第三十二条: no notice within 5 days)
 * @param noticeDueOn the last day a one-time notice may be issued on the materials on hand
 * @param status the deadline status, {@code null} when the clock does not run
 * @param remainingWorkingDays working days left, {@code null} when the clock does not run
 * @param explanation how the deadline was computed
 * @param steps the procedure's steps
 * @param pauses the clock's pauses
 * @param extensions extension requests
 * @param documents documents issued
 * @param history what happened
 * @param correctionNotices how many one-time notices were issued
 */
public record CaseDetails(CaseFile file, String itemName, SubmissionChannel channel, DeliveryMethod pickup,
		CaseResult result, String certificateName, String certificateNumber, LocalDate decidedOn,
		DeliveryMethod deliveryMethod, LocalDate deliveredOn, boolean deemedAccepted, LocalDate noticeDueOn,
		DeadlineStatus status, Integer remainingWorkingDays, DeadlineExplanation explanation, List<CaseStep> steps,
		List<CasePause> pauses, List<CaseExtension> extensions, List<CaseDocument> documents,
		List<CaseHistoryEntry> history, int correctionNotices) {

	/** The open step, if any. */
	public CaseStep openStep() {
		return steps.stream().filter(CaseStep::open).findFirst().orElse(null);
	}
}
