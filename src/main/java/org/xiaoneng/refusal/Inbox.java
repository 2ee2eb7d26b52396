package org.xiaoneng.refusal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
		message(staff, new Telling(staff.id(), subjectKey, bodyKey, refusal, arguments)).ifPresent(notifications::send);
	}

	void tell(long staffId, String subjectKey, String bodyKey, RefusalId refusal, Object... arguments) {
		tell(organization.staffMember(new StaffId(staffId)), subjectKey, bodyKey, refusal, arguments);
	}

	/** Tells each of these staff members in one batch of inserts, reading each person once: for a sweep. */
	void tellAll(List<Telling> tellings, Instant now) {
		Map<Long, StaffMember> staff = new HashMap<>();
		notifications.sendAll(tellings.stream()
			.flatMap(telling -> message(staff.computeIfAbsent(telling.staffId(),
					id -> organization.staffMember(new StaffId(id))), telling).stream())
			.toList(), now);
	}

	private Optional<Notification> message(StaffMember staff, Telling telling) {
		if (staff.username() == null) {
			return Optional.empty();
		}
		return Optional.of(Notification.inApp(staff.username(),
				messages.getMessage(telling.subjectKey(), null, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage(telling.bodyKey(), telling.arguments(), Locale.SIMPLIFIED_CHINESE),
				"/refusals/" + telling.refusal()));
	}

	/** One message about a filing to one staff member, its texts named by their keys in the refusal bundle. */
	record Telling(long staffId, String subjectKey, String bodyKey, RefusalId refusal, Object... arguments) {
	}
}
