package org.xiaoneng.disclosure;

import java.time.LocalDate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;

/**
 * A request for government information (依申请公开), the aggregate that keeps the time limits of 政府信息公开条例
 * (2019): the day of receipt by channel (第三十一条); a correction notice within 7 working days of it, the reply
 * period then counted from the day the correction comes (第三十条); the reply within 20 working days (第三十三条),
 * extended once by at most 20 with the head's approval; a third party's opinion asked, the time until it comes (15
 * working days at most) not counted (第三十二条、第三十三条); and the answer of 第三十六条.
 */
class InformationRequest {

	/** 第三十条: 行政机关应当在收到申请之日起7个工作日内一次性告知申请人作出补正. */
	static final int CORRECTION_NOTICE_DAYS = 7;

	/** 第三十三条: 收到申请之日起20个工作日内予以答复. */
	static final int REPLY_DAYS = 20;

	/** 第三十三条: 延长的期限最长不得超过20个工作日. */
	static final int EXTENSION_MAX_DAYS = 20;

	/** 第三十二条: 第三方应当自收到征求意见书之日起15个工作日内提出意见. */
	static final int THIRD_PARTY_DAYS = 15;

	/** The longest description of the information asked for, in characters. */
	static final int MAX_TEXT = 2000;

	/** The longest name of an applicant, in characters. */
	static final int MAX_NAME = 100;

	private Long id;

	private final UnitId unitId;

	private DepartmentId departmentId;

	private final RequestChannel channel;

	private final Applicant applicant;

	private final String description;

	private final String formWanted;

	private LocalDate receivedOn;

	private RequestStatus status;

	private LocalDate correctionRequestedOn;

	private LocalDate clockStartsOn;

	private LocalDate consultationSentOn;

	private int pausedDays;

	private int extensionDays;

	private String extensionApprovedBy;

	private LocalDate extendedOn;

	private AnswerType answer;

	private LocalDate answeredOn;

	private int fee;

	private LocalDate withdrawnOn;

	private final int version;

	InformationRequest(Long id, UnitId unitId, DepartmentId departmentId, RequestChannel channel, Applicant applicant,
			String description, String formWanted, LocalDate receivedOn, RequestStatus status,
			LocalDate correctionRequestedOn, LocalDate clockStartsOn, LocalDate consultationSentOn, int pausedDays,
			int extensionDays, String extensionApprovedBy, LocalDate extendedOn, AnswerType answer, LocalDate answeredOn, int fee,
			LocalDate withdrawnOn, int version) {
		this.id = id;
		this.unitId = unitId;
		this.departmentId = departmentId;
		this.channel = channel;
		this.applicant = applicant;
		this.description = description;
		this.formWanted = formWanted;
		this.receivedOn = receivedOn;
		this.status = status;
		this.correctionRequestedOn = correctionRequestedOn;
		this.clockStartsOn = clockStartsOn;
		this.consultationSentOn = consultationSentOn;
		this.pausedDays = pausedDays;
		this.extensionDays = extensionDays;
		this.extensionApprovedBy = extensionApprovedBy;
		this.extendedOn = extendedOn;
		this.answer = answer;
		this.answeredOn = answeredOn;
		this.fee = fee;
		this.withdrawnOn = withdrawnOn;
		this.version = version;
	}

	/**
	 * A request registered by the unit: received at the window the day it was handed in, by post the day the agency
	 * signed for it, online the day the agency confirmed it with the applicant (第三十一条), given as {@code receivedOn}.
	 */
	static InformationRequest receive(UnitId unitId, DepartmentId departmentId, NewRequest request) {
		requireComplete(request);
		if (request.channel() == null || request.receivedOn() == null) {
			throw new DisclosureInputException("disclosure.error.receiptMissing");
		}
		return new InformationRequest(null, unitId, departmentId, request.channel(), request.applicant(),
				request.description().strip(), request.formWanted(), request.receivedOn(), RequestStatus.RECEIVED,
				null, request.receivedOn(), null, 0, 0, null, null, null, null, 0, null, 0);
	}

	/**
	 * An application made online by the applicant: it waits, without a day of receipt, until an editor of the unit
	 * confirms it with the applicant (第三十一条(三)).
	 */
	static InformationRequest submitOnline(UnitId unitId, NewRequest request) {
		requireComplete(request);
		if (request.applicant().contact() == null || request.applicant().contact().isBlank()) {
			throw new DisclosureInputException("disclosure.error.contactMissing");
		}
		return new InformationRequest(null, unitId, null, RequestChannel.ONLINE, request.applicant(),
				request.description().strip(), request.formWanted(), null, RequestStatus.SUBMITTED, null, null, null, 0,
				0, null, null, null, null, 0, null, 0);
	}

	/** The editor confirmed the online application with the applicant today: received today, in their department. */
	void confirm(DepartmentId department, LocalDate today) {
		requireState(RequestStatus.SUBMITTED);
		this.departmentId = department;
		this.receivedOn = today;
		this.clockStartsOn = today;
		this.status = RequestStatus.RECEIVED;
	}

	private static void requireComplete(NewRequest request) {
		if (request.description() == null || request.description().isBlank()) {
			throw new DisclosureInputException("disclosure.error.descriptionMissing");
		}
		if (request.applicant() == null || request.applicant().kind() == null || request.applicant().name() == null
				|| request.applicant().name().isBlank()) {
			throw new DisclosureInputException("disclosure.error.applicantMissing");
		}
		if (request.description().length() > MAX_TEXT || request.applicant().name().length() > MAX_NAME) {
			throw new DisclosureInputException("disclosure.error.requestTooLong", MAX_NAME, MAX_TEXT);
		}
	}

	/** The last day for a correction notice: 7 working days after receipt (第三十条); none before receipt. */
	LocalDate correctionNoticeDue(WorkingDays days) {
		return receivedOn == null ? null : days.after(receivedOn, CORRECTION_NOTICE_DAYS);
	}

	/** Asks the applicant once to correct the request, within 7 working days of receipt; the clock stops. */
	void requestCorrection(LocalDate today, WorkingDays days) {
		requireState(RequestStatus.RECEIVED);
		if (correctionRequestedOn != null || today.isAfter(correctionNoticeDue(days))) {
			throw new RequestRuleException("disclosure.error.correctionLate", correctionNoticeDue(days));
		}
		this.correctionRequestedOn = today;
		this.status = RequestStatus.AWAITING_CORRECTION;
	}

	/** The corrected request came: the reply period counts from this day (第三十条). */
	void correctionReceived(LocalDate day) {
		requireState(RequestStatus.AWAITING_CORRECTION);
		requireNotBefore(day, correctionRequestedOn);
		this.clockStartsOn = day;
		this.status = RequestStatus.PROCESSING;
	}

	/** No correction came in the time set: the request counts as withdrawn today (第三十条). */
	void correctionNotReceived(LocalDate today) {
		requireState(RequestStatus.AWAITING_CORRECTION);
		this.status = RequestStatus.WITHDRAWN;
		this.withdrawnOn = today;
	}

	/** Asks a third party whose interests the information touches; the time until it answers does not count. */
	void consultThirdParty(LocalDate today) {
		requireState(RequestStatus.RECEIVED, RequestStatus.PROCESSING);
		this.consultationSentOn = today;
		this.status = RequestStatus.CONSULTING;
	}

	/**
	 * The third party answered, or its 15 working days ran out: the working days after the request went out, up to the
	 * answer and at most 15, are added to the reply period.
	 */
	void thirdPartyAnswered(LocalDate day, WorkingDays days) {
		requireState(RequestStatus.CONSULTING);
		requireNotBefore(day, consultationSentOn);
		this.pausedDays += Math.min(days.between(consultationSentOn, day), THIRD_PARTY_DAYS);
		this.consultationSentOn = null;
		this.status = RequestStatus.PROCESSING;
	}

	/** Extends the reply period once, by at most 20 working days, with the head's approval, before it ends. */
	void extend(int days, String approvedBy, LocalDate today, WorkingDays calendar) {
		requireState(RequestStatus.RECEIVED, RequestStatus.PROCESSING, RequestStatus.CONSULTING);
		if (extensionDays > 0) {
			throw new RequestRuleException("disclosure.error.extendedAlready");
		}
		if (days < 1 || days > EXTENSION_MAX_DAYS) {
			throw new RequestRuleException("disclosure.error.extensionTooLong", EXTENSION_MAX_DAYS);
		}
		if (today.isAfter(replyDue(calendar))) {
			throw new RequestRuleException("disclosure.error.extensionLate", replyDue(calendar));
		}
		this.extensionDays = days;
		this.extensionApprovedBy = approvedBy;
		this.extendedOn = today;
	}

	/**
	 * The last day of the reply: 20 working days (and the extension) after receipt or the corrected request, pushed
	 * on by the working days a third party took; none while a correction is awaited or a third party asked.
	 */
	LocalDate replyDue(WorkingDays days) {
		if (status == RequestStatus.SUBMITTED || status == RequestStatus.AWAITING_CORRECTION
				|| status == RequestStatus.WITHDRAWN) {
			return null;
		}
		return days.after(clockStartsOn, REPLY_DAYS + extensionDays + pausedDays);
	}

	/** Answers the request with one of the answers of 第三十六条, and the fee due for it. */
	void answer(AnswerType type, int fee, LocalDate today) {
		requireState(RequestStatus.RECEIVED, RequestStatus.PROCESSING);
		if (type == null) {
			throw new DisclosureInputException("disclosure.error.answerMissing");
		}
		this.answer = type;
		this.fee = type.providesInformation() ? fee : 0;
		this.answeredOn = today;
		this.status = RequestStatus.ANSWERED;
	}

	private static void requireNotBefore(LocalDate day, LocalDate earliest) {
		if (day == null || day.isBefore(earliest)) {
			throw new RequestRuleException("disclosure.error.dayTooEarly", earliest);
		}
	}

	private void requireState(RequestStatus... allowed) {
		for (RequestStatus state : allowed) {
			if (status == state) {
				return;
			}
		}
		throw new RequestRuleException("disclosure.error.requestState", id,
				new DefaultMessageSourceResolvable("disclosure.requestStatus." + status));
	}

	/** The id the database gave it when it was first saved. */
	void saved(long newId) {
		if (id != null) {
			throw new IllegalStateException("request " + id + " was saved already");
		}
		this.id = newId;
	}

	Long idOrNull() {
		return id;
	}

	UnitId unitId() {
		return unitId;
	}

	/** Its department; {@code null} for an online application not yet confirmed. */
	DepartmentId departmentId() {
		return departmentId;
	}

	/** The department for scope checks: none before confirmation, which only unit-wide readers pass. */
	long scopeDepartment() {
		return departmentId == null ? 0 : departmentId.value();
	}

	RequestChannel channel() {
		return channel;
	}

	Applicant applicant() {
		return applicant;
	}

	String description() {
		return description;
	}

	String formWanted() {
		return formWanted;
	}

	LocalDate receivedOn() {
		return receivedOn;
	}

	RequestStatus status() {
		return status;
	}

	LocalDate correctionRequestedOn() {
		return correctionRequestedOn;
	}

	LocalDate clockStartsOn() {
		return clockStartsOn;
	}

	LocalDate consultationSentOn() {
		return consultationSentOn;
	}

	int pausedDays() {
		return pausedDays;
	}

	int extensionDays() {
		return extensionDays;
	}

	String extensionApprovedBy() {
		return extensionApprovedBy;
	}

	LocalDate extendedOn() {
		return extendedOn;
	}

	AnswerType answer() {
		return answer;
	}

	LocalDate answeredOn() {
		return answeredOn;
	}

	int fee() {
		return fee;
	}

	LocalDate withdrawnOn() {
		return withdrawnOn;
	}

	int version() {
		return version;
	}
}
