package org.xiaoneng.casework;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/** In-app messages to staff about casework: new work on their desk, a request waiting for their decision. */
@Component
class StaffMessages {

	private final Notifications notifications;

	private final Organization organization;

	StaffMessages(Notifications notifications, Organization organization) {
		this.notifications = notifications;
		this.organization = organization;
	}

	StaffMember staffMember(long staffId) {
		return ReadOnce.read("staff", staffId, () -> organization.staffMember(new StaffId(staffId)));
	}

	/** Tells a staff member with an account; {@code key} (may be {@code null}) makes a repeat send nothing. */
	void tell(StaffMember staff, String subject, String body, String link, String key) {
		if (staff.username() == null) {
			return;
		}
		Notification message = Notification.inApp(staff.username(), subject, body, link);
		notifications.send(key == null ? message : message.withIdempotencyKey(key));
	}
}
