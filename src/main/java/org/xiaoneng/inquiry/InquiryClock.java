package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

	/** Matters reported in one transaction by the overdue sweep. */
	private static final int PAGE = 500;

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

	/**
	 * Publishes {@link InquiryOverdue} once for each open matter past its deadline, a page of matters in one
	 * transaction (their rows locked, their lateness marked and audited, their events published); counts them.
	 */
	SweepCount reportOverdue() {
		LocalDate today = today();
		return sweeps.pages(InquiryRegister.SWEEP, inquiries.overdueUnreported(today), PAGE, InquiryId::value,
				page -> reportOverdue(page, today));
	}

	/** Only the matters this run marks are reported: one another run reported meanwhile is left alone. */
	private int reportOverdue(List<InquiryId> page, LocalDate today) {
		List<Inquiry> overdue = inquiries.lockAll(page).stream().filter(inquiry -> inquiry.reportOverdue(today)).toList();
		overdue.forEach(inquiries::save);
		auditLog.recordAllAs("system", overdue.stream()
			.map(inquiry -> AuditEntry.of(InquiryRegister.MODULE, "inquiry.overdue", inquiry.id().toString()))
			.toList());
		return overdue.size();
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
