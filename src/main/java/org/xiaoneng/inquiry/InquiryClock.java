package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.DeadlineStatus;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.organization.DecisionLevel;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;

/**
 * The time of a matter: extensions asked for by its handler and approved by the head of the handling department
 * before the deadline, the colour of its deadline, and the lateness published once when it passes.
 */
@Component
class InquiryClock {

	private final Inquiries inquiries;

	private final InquiryAccess access;

	private final Organization organization;

	private final Deadlines deadlines;

	private final Sweeps sweeps;

	private final AuditLog auditLog;

	private final Clock clock;

	InquiryClock(Inquiries inquiries, InquiryAccess access, Organization organization, Deadlines deadlines,
			Sweeps sweeps, AuditLog auditLog, Clock clock) {
		this.inquiries = inquiries;
		this.access = access;
		this.organization = organization;
		this.deadlines = deadlines;
		this.sweeps = sweeps;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	RegisterEntry requestExtension(InquiryId id, int workingDays, String reason) {
		Inquiry inquiry = access.actionableOrSupervised(id);
		inquiry.requestExtension(workingDays, reason, today(), access.caller().name(), clock.instant());
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.extensionRequested", id.toString(), null,
				"days=" + workingDays));
		return inquiry.entry();
	}

	/** Only the head of the handling department (for a complaint: of the requester's department) approves. */
	RegisterEntry approveExtension(InquiryId id) {
		Inquiry inquiry = access.lockedVisible(id);
		inquiry.requireExtensionRequested();
		StaffMember caller = access.me();
		Long departmentId = inquiry.confidential()
				? organization.staffByUsername(inquiry.extension().requestedBy())
					.map(StaffMember::departmentId)
					.orElse(null)
				: inquiry.departmentId();
		if (departmentId == null || organization.authorityOver(new DepartmentId(departmentId), DecisionLevel.DEPARTMENT_HEAD)
			.filter(head -> head.id() == caller.id())
			.isEmpty()) {
			throw new ExtensionApproverException();
		}
		LocalDate before = inquiry.deadline();
		LocalDate extended = deadlines.extended(inquiry.unitId(), before, inquiry.extension().days());
		inquiry.approveExtension(extended, today(), access.caller().name(), clock.instant());
		inquiries.save(inquiry);
		auditLog.record(new AuditEntry(InquiryRegister.MODULE, "inquiry.extensionApproved", id.toString(),
				"deadline=" + before, "deadline=" + extended));
		return inquiry.entry();
	}

	/** Publishes {@link InquiryOverdue} once for each open matter past its deadline, each on its own; counts them. */
	SweepCount reportOverdue() {
		LocalDate today = today();
		return sweeps.each(InquiryRegister.SWEEP, inquiries.overdueUnreported(today), InquiryId::value, id -> {
			Inquiry inquiry = inquiries.lock(id).orElseThrow(() -> new InquiryNotFoundException(id.value()));
			if (!inquiry.reportOverdue(today)) {
				return false;
			}
			inquiries.save(inquiry);
			auditLog.recordAs("system", AuditEntry.of(InquiryRegister.MODULE, "inquiry.overdue", id.toString()));
			return true;
		});
	}

	DeadlineStatus status(RegisterEntry entry) {
		return deadlines.status(entry);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Instant now() {
		return clock.instant();
	}
}
