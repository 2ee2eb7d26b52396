package org.xiaoneng.refusal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.RefusalId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * In-app messages about a filing to the staff it concerns (the leader who must decide, the handler, the head), in
 * Chinese, the platform's default language, whatever the reader's: they are records of the administration.
 */
@Component
class Inbox {

	private final Notifications notifications;

	private final MessageSource messages;

	private final Organization organization;

	Inbox(Notifications notifications, MessageSource messages, Organization organization) {
		this.notifications = notifications;
		this.messages = messages;
		this.organization = organization;
	}

	/** Tells a staff member with an account; one without an account has no inbox. */
	void tell(StaffMember staff, String subjectKey, String bodyKey, RefusalId refusal, Object... arguments) {
		if (staff.username() == null) {
			return;
		}
		notifications.send(Notification.inApp(staff.username(),
				messages.getMessage(subjectKey, null, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage(bodyKey, arguments, Locale.SIMPLIFIED_CHINESE), "/refusals/" + refusal));
	}

	void tell(long staffId, String subjectKey, String bodyKey, RefusalId refusal, Object... arguments) {
		tell(organization.staffMember(new StaffId(staffId)), subjectKey, bodyKey, refusal, arguments);
	}
}
