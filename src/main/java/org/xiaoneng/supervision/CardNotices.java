package org.xiaoneng.supervision;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * Tells people of their cards: an in-app message at once, and a text message (see {@link CardTexts}). A red card
 * also goes to the department head and the overseeing deputy leader. Each message has an idempotency key, so a
 * redelivered event sends nothing twice.
 */
@Component
class CardNotices {

	private final Notifications notifications;

	private final Organization organization;

	private final Holders holders;

	private final CardMessages messages;

	private final CardTexts texts;

	CardNotices(Notifications notifications, Organization organization, Holders holders, CardMessages messages,
			CardTexts texts) {
		this.notifications = notifications;
		this.organization = organization;
		this.holders = holders;
		this.messages = messages;
		this.texts = texts;
	}

	/** The holder learns of the new card; for a red one, also the head and the overseeing leader. */
	void issued(Card card) {
		Set<Long> recipients = new LinkedHashSet<>();
		if (card.holderStaffId() != null) {
			recipients.add(card.holderStaffId());
		}
		if (card.colour() == CardColour.RED) {
			addIfNamed(recipients, holders.at(Responsible.DEPARTMENT_HEAD, card.subject(), null));
			addIfNamed(recipients, holders.at(Responsible.OVERSEEING_LEADER, card.subject(), null));
		}
		recipients.forEach(staffId -> tell(card, staffId, "issued"));
	}

	/** The holder after an escalation learns of the card's new colour or that it is now theirs. */
	void escalated(Card card) {
		if (card.holderStaffId() != null) {
			tell(card, card.holderStaffId(), "escalated-" + card.colour() + "-" + card.holderLevel());
		}
	}

	private void tell(Card card, long staffId, String reason) {
		StaffMember staff = organization.staffMember(staffId);
		long id = card.idOrNull();
		if (staff.username() != null) {
			notifications.send(Notification.inApp(staff.username(), messages.subject(card), messages.body(card),
					"/supervision/cards/" + id)
				.withIdempotencyKey(key(id, staffId, reason) + ":in-app"));
		}
		texts.send(card, staffId, reason);
	}

	static String key(long cardId, long staffId, String reason) {
		return "supervision:card:" + cardId + ":" + reason + ":" + staffId;
	}

	private static void addIfNamed(Set<Long> recipients, Long staffId) {
		if (staffId != null) {
			recipients.add(staffId);
		}
	}
}
