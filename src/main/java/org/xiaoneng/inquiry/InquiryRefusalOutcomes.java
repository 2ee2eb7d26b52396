package org.xiaoneng.inquiry;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.inquiry.refusal.InquiryRefusals;
import org.xiaoneng.inquiry.refusal.RefusableInquiry;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * 否定报备制 on a first-inquiry matter: the refusal module files on a matter the caller may act on, and its refusal in
 * effect closes the matter and found wrong on review reopens it, in the refusal's transaction (docs/decisions/0025).
 */
@Component
class InquiryRefusalOutcomes implements InquiryRefusals {

	private final Inquiries inquiries;

	private final InquiryAccess access;

	private final PersonalDetails personal;

	private final AuditLog auditLog;

	private final Clock clock;

	InquiryRefusalOutcomes(Inquiries inquiries, InquiryAccess access, PersonalDetails personal, AuditLog auditLog,
			Clock clock) {
		this.inquiries = inquiries;
		this.access = access;
		this.personal = personal;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public RefusableInquiry refusable(InquiryId inquiryId) {
		// the filing form reads it in a read-only transaction; the filing itself locks the matter before it closes it
		Inquiry inquiry = access.actionableUnlocked(inquiryId);
		long itemId = inquiry.guideItem();
		Long departmentId = inquiry.departmentId() != null ? inquiry.departmentId() : access.me().departmentId();
		Visitor visitor = personal.visitor(inquiryId).orElse(new Visitor(null, null, null, null));
		return new RefusableInquiry(inquiryId, inquiry.facts().queryCode(), inquiry.unitId(), departmentId, itemId,
				inquiry.subject(), visitor.name() == null ? "" : visitor.name(), visitor.organisation(),
				visitor.phone() == null ? null : visitor.maskedPhone(), visitor.address());
	}

	@Override
	public void refusalTookEffect(InquiryId inquiryId, RefusalId refusalId, String answer, String by) {
		Inquiry inquiry = inquiries.lock(inquiryId).orElseThrow(() -> new InquiryNotFoundException(inquiryId.value()));
		inquiry.refused(answer, by, clock.instant());
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.closed", inquiryId.toString(),
				"refusal=" + refusalId, "outcome=" + InquiryOutcome.REFUSED));
	}

	@Override
	public void refusalFoundWrong(InquiryId inquiryId, RefusalId refusalId, String finding, String by) {
		Inquiry inquiry = inquiries.lock(inquiryId).orElseThrow(() -> new InquiryNotFoundException(inquiryId.value()));
		inquiry.refusalFoundWrong(finding, by, clock.instant());
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.reopened", inquiryId.toString(),
				"outcome=" + InquiryOutcome.REFUSED, "refusal=" + refusalId));
	}
}
