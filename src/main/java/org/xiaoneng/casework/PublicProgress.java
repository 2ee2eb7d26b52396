package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public progress page shows: no personal data beyond a masked name.
 *
 * @param queryCode the query code
 * @param caseNumber the case number, once accepted
 * @param itemName the item
 * @param maskedName the applicant's name masked (张*)
 * @param state the state
 * @param receivedOn received
 * @param acceptedOn accepted
 * @param deadline promised completion date
 * @param stepsDone the steps done: name and day
 * @param pauses pauses with their reasons
 * @param extensions approved extensions with their reasons
 * @param documents documents the applicant may download
 * @param rated whether the case has been rated
 * @param mayRate whether it may be rated now
 * @param accessKey the key that lets the documents and the rating through without the phone digits again
 * @param handlerBadge the badge number of whoever handles the case now or last did, if they hold one
 * @param currentStep the step being worked now, or {@code null} when none is open (not accepted yet, paused, done)
 * @param overdue whether the clock runs and the promised date has passed (红牌超期)
 * @param contactDepartmentId the department to call: the current step's, else the case's
 */
public record PublicProgress(String queryCode, String caseNumber, String itemName, String maskedName, CaseState state,
		LocalDate receivedOn, LocalDate acceptedOn, LocalDate deadline, List<StepDone> stepsDone,
		List<CasePause> pauses, List<CaseExtension> extensions, List<CaseDocument> documents, boolean rated,
		boolean mayRate, String accessKey, String handlerBadge, String currentStep, boolean overdue,
		long contactDepartmentId) {

	/** A step done, as the public sees it. */
	public record StepDone(String name, LocalDate completedOn) {
	}
}
