package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * Complaints and reports (投诉、举报), the supervisors' work: their queue, the complainant's identity (each reading
 * audited, 纪检监察机关处理检举控告工作规则 第四十七条), the notice of acceptance and the verification that concludes them.
 */
@Component
class Complaints {

	private static final int LIST_LIMIT = 500;

	private final Inquiries inquiries;

	private final InquiryAccess access;

	private final PersonalDetails personal;

	private final InquiryNotices notices;

	private final AuditLog auditLog;

	private final Clock clock;

	Complaints(Inquiries inquiries, InquiryAccess access, PersonalDetails personal, InquiryNotices notices,
			AuditLog auditLog, Clock clock) {
		this.inquiries = inquiries;
		this.access = access;
		this.personal = personal;
		this.notices = notices;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	List<RegisterEntry> queue(boolean openOnly) {
		access.requireRole("SUPERVISOR");
		return inquiries.confidentialQueue(openOnly, LIST_LIMIT);
	}

	/** The identity of whoever made a complaint or report; anyone else is told there is no such inquiry. */
	Identity identityOf(InquiryId id) {
		access.requireRole("SUPERVISOR");
		Inquiry inquiry = inquiries.find(id).orElseThrow(() -> new InquiryNotFoundException(id.value()));
		if (!inquiry.confidential()) {
			throw new InquiryNotFoundException(id.value());
		}
		auditLog.record(AuditEntry.of(InquiryRegister.MODULE, "identity.viewed", id.toString()));
		return personal.identity(id);
	}

	/** Tells a real-name complainant or reporter of the acceptance, by SMS when they left a mobile number. */
	RegisterEntry notifyAcceptance(InquiryId id) {
		access.requireRole("SUPERVISOR");
		Inquiry inquiry = access.lockedVisible(id);
		inquiry.notifyAcceptance(access.caller().name(), clock.instant());
		String phone = personal.identity(id).phone();
		if (Fields.isMobile(phone)) {
			notices.sms(phone, "inquiry.notice.accepted", "inquiry:" + id + ":accepted", inquiry.entry().queryCode());
		}
		inquiries.save(inquiry);
		auditLog.record(AuditEntry.of(InquiryRegister.MODULE, "complaint.acceptanceNotified", id.toString()));
		return inquiry.entry();
	}

	/** A supervisor's verification: the finding, the findings and the reply to the complainant; closes it. */
	RegisterEntry verify(InquiryId id, Verification verification, String findings, String reply) {
		access.requireRole("SUPERVISOR");
		Inquiry inquiry = access.lockedVisible(id);
		String before = "state=" + inquiry.state();
		Caller caller = access.caller();
		Instant now = clock.instant();
		inquiry.verify(verification, findings, reply, caller.name(), now);
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.closed", id.toString(), before,
				"outcome=" + InquiryOutcome.VERIFIED));
		return inquiry.entry();
	}
}
