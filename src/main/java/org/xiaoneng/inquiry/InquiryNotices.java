package org.xiaoneng.inquiry;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.InquiryId;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.organization.Caller;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * Messages about matters: in the app to staff who have an account (staff without one see the matter on their list),
 * by SMS to visitors and complainants with a mobile number; each once, by its idempotency key.
 */
@Component
class InquiryNotices {

	private final Notifications notifications;

	private final MessageSource messages;

	private final Organization organization;

	InquiryNotices(Notifications notifications, MessageSource messages, Organization organization) {
		this.notifications = notifications;
		this.messages = messages;
		this.organization = organization;
	}

	/** Tells a staff member that a matter reached them ({@code kind}: handedOver, escalated). */
	void tell(StaffMember member, String kind, Inquiry inquiry, String step) {
		if (member.username() != null) {
			notifications.send(Notification.inApp(member.username(), text("inquiry.notice." + kind),
					text("inquiry.notice." + kind + ".body", inquiry.subject()), link(inquiry.id()))
				.withIdempotencyKey("inquiry:" + inquiry.id() + ":" + step));
		}
	}

	/** 首问到底: the first responder is told when someone else closed the matter they took. */
	void closedBySomeoneElse(Inquiry inquiry, Caller closer) {
		if (inquiry.confidential() || inquiry.firstResponderId() == null || closer.is(inquiry.firstResponderId())) {
			return;
		}
		StaffMember first = organization.staffMember(new StaffId(inquiry.firstResponderId()));
		if (first.username() != null) {
			notifications.send(Notification.inApp(first.username(), text("inquiry.notice.closed"),
					text("inquiry.notice.closed.body", inquiry.subject()), link(inquiry.id()))
				.withIdempotencyKey("inquiry:" + inquiry.id() + ":closed"));
		}
	}

	/** An SMS to a mobile number, once per key. */
	void sms(String phone, String key, String idempotencyKey, Object... arguments) {
		notifications.send(Notification.sms(phone, text(key), text(key + ".body", arguments))
			.withIdempotencyKey(idempotencyKey));
	}

	/** Notices to staff and visitors go out in the platform's language, Chinese. */
	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

	private static String link(InquiryId id) {
		return "/inquiries/" + id;
	}
}
