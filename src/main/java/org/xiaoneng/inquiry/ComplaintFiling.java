package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.DepartmentId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.conduct.ConductCitation;
import org.xiaoneng.conduct.ConductRulebook;
import org.xiaoneng.organization.Organization;

/**
 * Filing a complaint or report (投诉、举报), at the window or on the portal: what it is about (the unit, a department
 * or person of it, the conduct rule breached, checked against the unit's list in force), its maker's identity into
 * the confidential table, and the supervisors alerted.
 */
@Component
class ComplaintFiling {

	private final Inquiries inquiries;

	private final PersonalDetails personal;

	private final Organization organization;

	private final ConductRulebook conduct;

	private final Deadlines deadlines;

	private final ComplaintAlerts alerts;

	private final Clock clock;

	ComplaintFiling(Inquiries inquiries, PersonalDetails personal, Organization organization, ConductRulebook conduct,
			Deadlines deadlines, ComplaintAlerts alerts, Clock clock) {
		this.inquiries = inquiries;
		this.personal = personal;
		this.organization = organization;
		this.conduct = conduct;
		this.deadlines = deadlines;
		this.alerts = alerts;
		this.clock = clock;
	}

	/**
	 * Files the complaint or report; a department of another unit, or a conduct code the unit's list does not hold, is
	 * refused and nothing is filed.
	 */
	Inquiry file(Registration.Contact contact, Identity identity, Long concernedDepartmentId, Long concernedStaffId,
			String conductCode, String by) {
		long unitId = contact.unitId();
		if (concernedDepartmentId != null && organization.department(new DepartmentId(concernedDepartmentId)).unitId() != unitId) {
			throw new InquiryFieldInvalidException("concernedDepartment");
		}
		if (concernedStaffId != null) {
			organization.staffMember(new StaffId(concernedStaffId));
		}
		ConductCitation cited = conductCode == null || conductCode.isBlank() ? null : conduct.cite(unitId, conductCode);
		LocalDate day = Registration.day(contact.received());
		boolean anonymous = identity.anonymous();
		Inquiry inquiry = Inquiry.registerConfidential(
				Registration.facts(inquiries.nextId(), contact, anonymous, unitId, concernedDepartmentId,
						concernedStaffId, anonymous ? null : deadlines.acceptanceDue(unitId, day), null, cited),
				deadlines.acknowledgeDue(unitId, day), deadlines.concludeDue(unitId, day), by, clock.instant());
		inquiries.add(inquiry);
		personal.keepIdentity(inquiry.id(), identity);
		alerts.tell(inquiry);
		return inquiry;
	}
}
