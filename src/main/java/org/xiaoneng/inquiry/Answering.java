package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ServiceCatalog;
import org.xiaoneng.catalog.ServiceItem;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Answering a matter (outcome paths 1 and 4): on the spot, by a promised day, or by referring the visitor to the
 * competent authority outside the unit; acknowledging it; and 一次性告知, the guide of the item the visitor wants.
 */
@Component
class Answering {

	private final Inquiries inquiries;

	private final InquiryAccess access;

	private final ExternalAuthorities authorities;

	private final ServiceCatalog catalog;

	private final PersonalDetails personal;

	private final InquiryNotices notices;

	private final AuditLog auditLog;

	private final Clock clock;

	Answering(Inquiries inquiries, InquiryAccess access, ExternalAuthorities authorities, ServiceCatalog catalog,
			PersonalDetails personal, InquiryNotices notices, AuditLog auditLog, Clock clock) {
		this.inquiries = inquiries;
		this.access = access;
		this.authorities = authorities;
		this.catalog = catalog;
		this.personal = personal;
		this.notices = notices;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	RegisterEntry answer(InquiryId id, String answer) {
		Inquiry inquiry = access.actionable(id);
		String before = "state=" + inquiry.state();
		Caller caller = access.caller();
		inquiry.answer(answer, caller.name(), clock.instant());
		return closed(inquiry, before, caller);
	}

	RegisterEntry promise(InquiryId id, LocalDate by, String note) {
		Inquiry inquiry = access.actionable(id);
		inquiry.promise(by, note, LocalDate.now(clock), access.caller().name(), clock.instant());
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.promised", id.toString(), null, "by=" + by));
		return inquiry.entry();
	}

	RegisterEntry refer(InquiryId id, Long authorityId, String note) {
		Inquiry inquiry = access.actionable(id);
		if (authorityId == null) {
			throw new AuthorityRequiredException();
		}
		ExternalAuthority authority = authorities.find(authorityId).orElseThrow(AuthorityRequiredException::new);
		String before = "state=" + inquiry.state();
		Caller caller = access.caller();
		inquiry.refer(authority, note, caller.name(), clock.instant());
		return closed(inquiry, before, caller);
	}

	RegisterEntry acknowledge(InquiryId id) {
		Inquiry inquiry = access.actionable(id);
		if (inquiry.acknowledge(access.caller().name(), clock.instant())) {
			inquiries.save(inquiry);
			auditLog.record(AuditEntry.of(InquiryRegister.MODULE, "inquiry.acknowledged", id.toString()));
		}
		return inquiry.entry();
	}

	/** 一次性告知: the link to the guide of the item (everything needed, printable) by SMS to the visitor; once. */
	RegisterEntry sendGuide(InquiryId id) {
		Inquiry inquiry = access.lockedVisible(id);
		StaffMember caller = access.me();
		if (!access.caller().is(inquiry.firstResponderId()) && !access.mayAct(caller, inquiry)) {
			throw new NotTheHandlerException();
		}
		ServiceItem item = catalog.current(inquiry.guideItem())
			.orElseThrow(() -> new InquiryFieldInvalidException("item"));
		String phone = personal.visitor(id).map(Visitor::phone).orElse(null);
		if (!Fields.isMobile(phone)) {
			throw new InquiryFieldInvalidException("mobile");
		}
		notices.sms(phone, "inquiry.notice.guide", "inquiry:" + id + ":guide:" + item.id(), item.name(),
				catalog.guideUrl(item.id()));
		inquiry.guideSent(item.name(), access.caller().name(), clock.instant());
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.guideSent", id.toString(), null,
				"item=" + item.id()));
		return inquiry.entry();
	}

	/** The items in force that match a keyword (all units), for the application-intent picker. */
	List<ServiceItem> itemsInForce(String keyword) {
		return catalog.searchInForce(keyword == null ? "" : keyword.strip(), 20);
	}

	Optional<ServiceItem> itemInForce(long itemId) {
		return catalog.current(itemId);
	}

	private RegisterEntry closed(Inquiry inquiry, String before, Caller caller) {
		inquiries.save(inquiry);
		RegisterEntry entry = inquiry.entry();
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.closed", inquiry.id().toString(), before,
				"outcome=" + entry.outcome()));
		notices.closedBySomeoneElse(inquiry, caller);
		return entry;
	}
}
