package org.xiaoneng.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Handling a request for information (依申请公开): the unit's editors register it, ask for a correction, consult a
 * third party and answer; a head or leader approves the extension. Each step loads the request under its lock,
 * checks the caller, asks the request, and saves it with its reply's last day in the unit's calendar.
 */
@Component
class RequestHandling {

	private final InformationRequests requests;

	private final DisclosureCalendars calendars;

	private final DisclosureSettings settings;

	private final RequestNotices notices;

	private final Organization organization;

	private final AuditLog auditLog;

	private final Clock clock;

	RequestHandling(InformationRequests requests, DisclosureCalendars calendars, DisclosureSettings settings,
			RequestNotices notices, Organization organization, AuditLog auditLog, Clock clock) {
		this.requests = requests;
		this.calendars = calendars;
		this.settings = settings;
		this.notices = notices;
		this.organization = organization;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** What a step does to the request, given today and the unit's working days. */
	interface Step {

		void apply(InformationRequest request, LocalDate today, WorkingDays days);
	}

	@Transactional
	RequestView register(NewRequest request, Caller caller) {
		StaffMember editor = DisclosureAccess.editor(caller);
		InformationRequest received = InformationRequest.receive(new UnitId(editor.unitId()),
				new DepartmentId(editor.departmentId()), request);
		WorkingDays days = calendars.of(editor.unitId());
		requests.add(received, received.replyDue(days));
		audit(received, "registered");
		return RequestView.of(received, days);
	}

	/** An application made online on the portal, waiting for an editor of the unit to confirm it. */
	@Transactional
	RequestView submitOnline(UnitId unitId, NewRequest request) {
		InformationRequest submitted = InformationRequest.submitOnline(unitId, request);
		requests.add(submitted, null);
		audit(submitted, "submitted");
		return RequestView.of(submitted, calendars.of(unitId.value()));
	}

	/** An editor confirmed an online application with the applicant: received today, in the editor's department. */
	@Transactional
	RequestView confirm(long id, Caller caller) {
		InformationRequest request = requests.lock(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireEditorOf(caller, request.unitId().value(), id);
		DepartmentId department = new DepartmentId(DisclosureAccess.editor(caller).departmentId());
		return apply(request, "confirmed", (r, today, days) -> r.confirm(department, today));
	}

	/** A step of the unit's editors. */
	@Transactional
	RequestView byEditor(long id, String action, Step step, Caller caller) {
		InformationRequest request = requests.lock(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireEditorOf(caller, request.unitId().value(), id);
		return apply(request, action, step);
	}

	/** The extension, approved by a head or leader over the request's department (第三十三条). */
	@Transactional
	RequestView extend(long id, int days, Caller caller) {
		InformationRequest request = requests.lock(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireHeadOf(caller, request.unitId().value(), request.scopeDepartment(), id);
		return apply(request, "extended", (r, today, calendar) -> r.extend(days, caller.name(), today, calendar));
	}

	/** The answer, with the fee of 国办函〔2020〕109号 when information is handed over past the thresholds. */
	@Transactional
	RequestView answer(long id, AnswerType type, int pages, Caller caller) {
		InformationRequest request = requests.lock(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireEditorOf(caller, request.unitId().value(), id);
		if (pages < 0) {
			throw new DisclosureInputException("disclosure.error.pagesNegative");
		}
		int fee = settings.feeByCount() ? InformationFees.byCount(requests.applicantsRequestsInMonth(request))
				: InformationFees.byPages(pages);
		return apply(request, "answered", (r, today, days) -> r.answer(type, fee, today));
	}

	@Transactional(readOnly = true)
	RequestView view(long id, Caller caller) {
		InformationRequest request = requests.find(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireReader(caller, request.unitId().value(), request.scopeDepartment(), id);
		return RequestView.of(request, calendars.of(request.unitId().value()));
	}

	/** A notice to the applicant as a PDF, for whoever may read the request. */
	@Transactional(readOnly = true)
	byte[] notice(long id, RequestNoticeKind kind, Caller caller) {
		InformationRequest request = requests.find(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		DisclosureAccess.requireReader(caller, request.unitId().value(), request.scopeDepartment(), id);
		long unitId = request.unitId().value();
		return notices.notice(request, kind, organization.unit(new UnitId(unitId)), calendars.of(unitId));
	}

	@Transactional(readOnly = true)
	List<RequestView> ofMyUnit(Caller caller) {
		long unitId = DisclosureAccess.editor(caller).unitId();
		WorkingDays days = calendars.of(unitId);
		return requests.ofUnit(unitId).stream().map(request -> RequestView.of(request, days)).toList();
	}

	private RequestView apply(InformationRequest request, String action, Step step) {
		WorkingDays days = calendars.of(request.unitId().value());
		step.apply(request, LocalDate.now(clock.withZone(Clocks.BUSINESS_ZONE)), days);
		requests.save(request, request.replyDue(days));
		audit(request, action);
		return RequestView.of(request, days);
	}

	private void audit(InformationRequest request, String action) {
		auditLog.record(new AuditEntry(ItemPublishing.MODULE, "request." + action, String.valueOf(request.idOrNull()),
				null, request.status().name()));
	}
}
