package org.xiaoneng.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Callers;

/**
 * 依申请公开 (政府信息公开条例, 2019) for pages and the API: a unit's disclosure editors register requests online or at
 * the window, ask once for a correction, consult third parties and answer with one of the answers of 第三十六条; a
 * head or leader approves the one extension. Every step keeps the regulation's dates in the unit's calendar.
 */
@Service
public class DisclosureRequests {

	private final Callers callers;

	private final RequestHandling handling;

	DisclosureRequests(Callers callers, RequestHandling handling) {
		this.callers = callers;
		this.handling = handling;
	}

	/** Registers a request with its day of receipt (第三十一条); refused without a description of the information. */
	public RequestView register(NewRequest request) {
		return handling.register(request, callers.current());
	}

	/**
	 * An application made online by anyone on the portal to the unit; it is received the day an editor confirms it
	 * with the applicant (第三十一条(三)). Refused without a description, a name or a contact.
	 */
	public RequestView submitOnline(UnitId unitId, NewRequest request) {
		return handling.submitOnline(unitId, request);
	}

	/** Confirms an online application with the applicant: received today. */
	public RequestView confirm(InformationRequestId id) {
		return handling.confirm(id.value(), callers.current());
	}

	/** Asks the applicant once, within 7 working days of receipt, to correct the request (第三十条). */
	public RequestView requestCorrection(InformationRequestId id) {
		return handling.byEditor(id.value(), "correctionRequested",
				(request, today, days) -> request.requestCorrection(today, days), callers.current());
	}

	/** The corrected request came on the day: the reply period counts from it. */
	public RequestView correctionReceived(InformationRequestId id, LocalDate on) {
		return handling.byEditor(id.value(), "corrected", (request, today, days) -> request.correctionReceived(on),
				callers.current());
	}

	/** No correction came in time: the request counts as withdrawn. */
	public RequestView correctionNotReceived(InformationRequestId id) {
		return handling.byEditor(id.value(), "lapsed", (request, today, days) -> request.correctionNotReceived(today),
				callers.current());
	}

	/** Asks a third party's opinion (第三十二条); the time until it answers does not count. */
	public RequestView consultThirdParty(InformationRequestId id) {
		return handling.byEditor(id.value(), "consulted", (request, today, days) -> request.consultThirdParty(today),
				callers.current());
	}

	/** The third party answered on the day (or its 15 working days ran out). */
	public RequestView thirdPartyAnswered(InformationRequestId id, LocalDate on) {
		return handling.byEditor(id.value(), "thirdPartyAnswered",
				(request, today, days) -> request.thirdPartyAnswered(on, days), callers.current());
	}

	/** A head or leader extends the reply once by at most 20 working days (第三十三条). */
	public RequestView extend(InformationRequestId id, int workingDays) {
		return handling.extend(id.value(), workingDays, callers.current());
	}

	/** Answers the request; the fee counts the pages handed over, or the applicant's requests of the month. */
	public RequestView answer(InformationRequestId id, AnswerType type, int pages) {
		return handling.answer(id.value(), type, pages, callers.current());
	}

	/** A notice to the applicant (补正告知书, 延期答复告知书, 答复书) as a PDF, with the remedies. */
	public byte[] notice(InformationRequestId id, RequestNoticeKind kind) {
		return handling.notice(id.value(), kind, callers.current());
	}

	/** A request with its dates. */
	public RequestView request(InformationRequestId id) {
		return handling.view(id.value(), callers.current());
	}

	/** The requests of the editor's unit, newest first. */
	public List<RequestView> myUnitRequests() {
		return handling.ofMyUnit(callers.current());
	}
}
