package org.xiaoneng.disclosure;

import java.time.LocalDate;

/**
 * A request as its unit's editors see it, with the dates its time limits give.
 *
 * @param id the request
 * @param channel how it came
 * @param applicant who asks
 * @param description what is asked for
 * @param formWanted the form wanted
 * @param receivedOn the day of receipt (第三十一条); none while an online application awaits confirmation
 * @param status where it stands
 * @param correctionNoticeDue the last day for a correction notice (第三十条)
 * @param clockStartsOn the day the reply period counts from
 * @param pausedDays working days a third party took, not counted
 * @param extensionDays the extension approved, 0 if none
 * @param extensionApprovedBy who approved it
 * @param replyDue the last day of the reply; null while the clock stands
 * @param answer the answer given
 * @param answeredOn the day of the answer
 * @param fee the fee charged, in yuan
 * @param withdrawnOn the day it lapsed for want of a correction (第三十条)
 */
public record RequestView(InformationRequestId id, RequestChannel channel, Applicant applicant, String description,
		String formWanted, LocalDate receivedOn, RequestStatus status, LocalDate correctionNoticeDue,
		LocalDate clockStartsOn, int pausedDays, int extensionDays, String extensionApprovedBy, LocalDate replyDue,
		AnswerType answer, LocalDate answeredOn, int fee, LocalDate withdrawnOn) {

	static RequestView of(InformationRequest request, WorkingDays days) {
		return new RequestView(new InformationRequestId(request.idOrNull()), request.channel(), request.applicant(),
				request.description(), request.formWanted(), request.receivedOn(), request.status(),
				request.correctionNoticeDue(days), request.clockStartsOn(), request.pausedDays(),
				request.extensionDays(), request.extensionApprovedBy(), request.replyDue(days), request.answer(),
				request.answeredOn(), request.fee(), request.withdrawnOn());
	}
}
