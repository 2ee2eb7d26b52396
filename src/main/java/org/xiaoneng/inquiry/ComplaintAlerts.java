package org.xiaoneng.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.OfficeHours;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.Unit;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;
import org.xiaoneng.platform.security.AccountManagement;
import org.xiaoneng.platform.security.Role;

/**
 * Complaints and reports go to the supervisors (首问负责制): each supervisor learns of a new one at once in the app,
 * and by text message in the office hours of the unit complained about (the outbox holds it until then). What they
 * are sent names the category, the unit and the deadline, never who complained nor what they wrote: a text message
 * passes through the operator's gateway and a supervisor's phone may be seen by anyone, so the identity stays behind
 * the audited read of {@link Complaints#identityOf}.
 */
@Component
class ComplaintAlerts {

	private final AccountManagement accounts;

	private final Organization organization;

	private final OfficeHours officeHours;

	private final Notifications notifications;

	private final MessageSource messages;

	private final Clock clock;

	ComplaintAlerts(AccountManagement accounts, Organization organization, OfficeHours officeHours,
			Notifications notifications, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.organization = organization;
		this.officeHours = officeHours;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/** Tells every supervisor of the new complaint or report; a redelivery sends nothing twice. */
	void tell(Inquiry complaint) {
		Unit unit = organization.unit(new UnitId(complaint.unitId()));
		String category = text("inquiry.category." + complaint.facts().category());
		String subject = text("inquiry.alert.subject", category);
		String body = text("inquiry.alert.body", category, unit.name(), String.valueOf(complaint.deadline()));
		Instant textAt = officeHours.nextOpening(unit.creditCode(), clock.instant());
		String key = "inquiry:" + complaint.id() + ":supervisors:";
		for (String username : accounts.usernamesWithRole(Role.SUPERVISOR)) {
			notifications.send(Notification.inApp(username, subject, body, "/inquiries/complaints/" + complaint.id())
				.withIdempotencyKey(key + username + ":in-app"));
			organization.staffByUsername(username)
				.flatMap(staff -> organization.phoneForTexts(new StaffId(staff.id())))
				.filter(phone -> phone.matches("1[3-9]\\d{9}"))
				.ifPresent(phone -> notifications.send(
						Notification.sms(phone, subject, body).withIdempotencyKey(key + username + ":sms"), textAt));
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}
}
