package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.common.Clocks;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.ReadableCodes;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Registering a contact (首问登记): whoever takes it first registers it and holds it; a complaint or report goes to the
 * supervisors' queue, its maker's identity to the confidential table. The portal registers through here too.
 */
@Component
class Registration {

	private final Inquiries inquiries;

	private final PersonalDetails personal;

	private final Organization organization;

	private final ServiceCatalog catalog;

	private final Deadlines deadlines;

	private final InquiryAccess access;

	private final AuditLog auditLog;

	private final ComplaintFiling complaints;

	private final Clock clock;

	Registration(Inquiries inquiries, PersonalDetails personal, Organization organization, ServiceCatalog catalog,
			Deadlines deadlines, InquiryAccess access, AuditLog auditLog, ComplaintFiling complaints, Clock clock) {
		this.inquiries = inquiries;
		this.personal = personal;
		this.organization = organization;
		this.catalog = catalog;
		this.deadlines = deadlines;
		this.access = access;
		this.auditLog = auditLog;
		this.complaints = complaints;
		this.clock = clock;
	}

	/** A contact the caller took first, or the most senior of the staff present. */
	Inquiry register(NewInquiry request) {
		Caller caller = access.caller();
		StaffMember me = access.me();
		Fields.requireContact(request.channel(), request.category(), request.subject(), request.content(),
				request.phone());
		StaffMember first = request.firstResponderId() == null ? me : organization.staffMember(new StaffId(request.firstResponderId()));
		if (first.unitId() != me.unitId() || first.status().hasLeft()) {
			throw new InquiryFieldInvalidException("firstResponder");
		}
		List<ReceivedMaterial> materials = Fields.materials(request.materials());
		if (request.itemId() != null && (request.category() != InquiryCategory.APPLICATION_INTENT
				|| catalog.current(request.itemId()).isEmpty())) {
			throw new InquiryFieldInvalidException("item");
		}
		Instant now = clock.instant();
		Instant received = request.receivedAt() == null ? now : request.receivedAt();
		if (received.isAfter(now)) {
			throw new InquiryFieldInvalidException("receivedAt");
		}
		Inquiry inquiry;
		if (request.category().confidential()) {
			long unitId = request.concernedUnitId() != null ? organization.unit(new UnitId(request.concernedUnitId())).id()
					: me.unitId();
			Identity identity = new Identity(Fields.trim(request.visitorName()), Fields.trim(request.organisation()),
					Fields.trim(request.phone()), Fields.trim(request.address()));
			inquiry = complaints.file(new Contact(unitId, request.channel(), request.category(), received,
					request.subject(), request.content(), false, first, materials), identity,
					request.concernedDepartmentId(), request.concernedStaffId(), request.conductCode(), caller.name());
		}
		else {
			Long postId = first.postIds().isEmpty() ? null : first.postIds().get(0);
			inquiry = ordinary(new Contact(first.unitId(), request.channel(), request.category(), received,
					request.subject(), request.content(), false, first, materials), Holder.of(first), postId, now,
					request.itemId(), null, caller.name());
			personal.keepVisitor(inquiry.id(), request.visitorName(), request.organisation(), request.phone(),
					request.address());
		}
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.registered", inquiry.id().toString(), null,
				"category=" + request.category() + ", channel=" + request.channel() + ", firstResponder=" + first.id()));
		return inquiry;
	}

	/** What every new matter has, whoever registers it. */
	record Contact(long unitId, InquiryChannel channel, InquiryCategory category, Instant received, String subject,
			String content, boolean publicSubmission, StaffMember firstResponder, List<ReceivedMaterial> materials) {
	}

	/**
	 * An ordinary matter with whoever holds it first (nobody, on the portal, when nobody acts for the window), and the
	 * staff member it is about when the visitor named one by their badge (a rating), else {@code null}.
	 */
	Inquiry ordinary(Contact contact, Holder handler, Long postId, Instant acknowledgedAt, Long itemId,
			Long concernedStaffId, String by) {
		LocalDate day = day(contact.received());
		Inquiry inquiry = Inquiry.registerOrdinary(
				facts(inquiries.nextId(), contact, false, null, null, concernedStaffId, null, itemId, null),
				handler, postId, acknowledgedAt,
				deadlines.acknowledgeDue(contact.unitId(), day), deadlines.answerDue(contact.unitId(), day), by,
				clock.instant());
		inquiries.add(inquiry);
		return inquiry;
	}

	/**
	 * A complaint or report about the unit (and, when known, a department or person of it), citing the conduct rule
	 * breached by its code, or none.
	 */
	Inquiry confidential(Contact contact, Identity identity, Long concernedDepartmentId, Long concernedStaffId,
			String conductCode, String by) {
		return complaints.file(contact, identity, concernedDepartmentId, concernedStaffId, conductCode, by);
	}

	/** The visitor who submitted an ordinary matter on the portal: a name and a phone at most. */
	void keepVisitor(Inquiry inquiry, String name, String phone) {
		personal.keepVisitor(inquiry.id(), name, null, phone, null);
	}

	/** The facts of a new matter under the id given, with a new query code. */
	static InquiryFacts facts(InquiryId id, Contact contact, boolean anonymous, Long concernedUnitId,
			Long concernedDepartmentId, Long concernedStaffId, LocalDate acceptanceDue, Long itemId,
			ConductCitation conduct) {
		StaffMember first = contact.firstResponder();
		return new InquiryFacts(id, ReadableCodes.next(12), contact.unitId(), contact.channel(),
				contact.category(), contact.received(), contact.subject().strip(),
				contact.category().confidential() ? contact.content().strip() : Fields.trim(contact.content()),
				anonymous, contact.publicSubmission(), first == null ? null : first.id(),
				first == null ? null : first.staffNumber(), concernedUnitId, concernedDepartmentId, concernedStaffId,
				acceptanceDue, itemId, contact.materials(), conduct);
	}

	static LocalDate day(Instant instant) {
		return instant.atZone(Clocks.BUSINESS_ZONE).toLocalDate();
	}
}
