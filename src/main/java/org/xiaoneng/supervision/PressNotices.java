package org.xiaoneng.supervision;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * What follows an issued press in its transaction: the audit entry, and the notice in the addressee's inbox (once,
 * by the press's id, however often the sending is retried).
 */
@Component
class PressNotices {

	private final Organization organization;

	private final Notifications notifications;

	private final MessageSource messages;

	private final AuditLog auditLog;

	PressNotices(Organization organization, Notifications notifications, MessageSource messages, AuditLog auditLog) {
		this.organization = organization;
		this.notifications = notifications;
		this.messages = messages;
		this.auditLog = auditLog;
	}

	void issued(PressView press, String label, String link) {
		auditLog.record(new AuditEntry(Issuing.MODULE, "press.issued", String.valueOf(press.id()), null,
				(press.cardId() != null ? "card " + press.cardId() : "case " + press.caseId()) + " due "
						+ press.dueOn()));
		if (press.addresseeStaffId() == null) {
			return;
		}
		StaffMember staff = organization.staffMember(new StaffId(press.addresseeStaffId()));
		if (staff.username() != null) {
			notifications.send(Notification.inApp(staff.username(),
					messages.getMessage("supervision.notice.press.subject", new Object[] { label },
							Locale.SIMPLIFIED_CHINESE),
					messages.getMessage("supervision.notice.press.body",
							new Object[] { press.instruction(), press.dueOn() }, Locale.SIMPLIFIED_CHINESE),
					link).withIdempotencyKey("supervision:press:" + press.id()));
		}
	}
}
