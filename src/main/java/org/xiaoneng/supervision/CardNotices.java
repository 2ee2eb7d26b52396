package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.StaffId;
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

	private final Clock clock;

	CardNotices(Notifications notifications, Organization organization, Holders holders, CardMessages messages,
			CardTexts texts, Clock clock) {
		this.clock = clock;
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
			recipients.addAll(headAndLeader(card.subject()));
		}
		recipients.forEach(staffId -> tell(card, staffId, "issued"));
	}

	/**
	 * The people of cards the deadline sweep issued together learn of them once each (decision 0023): whoever has one
	 * new card gets that card's own notice, as {@link #issued} words it; whoever has several gets one notice of them
	 * all, in the inbox and by text message. The messages are written to the outbox in one batch per unit's office
	 * hours (decision 0033), not one by one; texts outside office hours wait there for the next opening.
	 */
	void issuedTogether(List<Card> cards, LocalDate day) {
		Map<Long, List<Card>> byRecipient = new LinkedHashMap<>();
		Map<CardSubject, Set<Long>> redRecipients = new HashMap<>();
		for (Card card : cards) {
			Set<Long> recipients = new LinkedHashSet<>();
			if (card.holderStaffId() != null) {
				recipients.add(card.holderStaffId());
			}
			if (card.colour() == CardColour.RED) {
				recipients.addAll(redRecipients.computeIfAbsent(place(card), this::headAndLeader));
			}
			recipients.forEach(staffId -> byRecipient.computeIfAbsent(staffId, s -> new ArrayList<>()).add(card));
		}
		List<Notification> inApp = new ArrayList<>();
		Map<Long, List<Notification>> textsByUnit = new TreeMap<>();
		byRecipient.forEach((staffId, theirs) -> {
			Card first = theirs.get(0);
			boolean one = theirs.size() == 1;
			String subject = one ? messages.subject(first) : messages.digestSubject(theirs);
			String body = one ? messages.body(first) : messages.digestBody(theirs);
			String key = one ? key(first.idOrNull(), staffId, "issued")
					: "supervision:cards:" + day + ":" + first.idOrNull() + ":" + staffId;
			String username = organization.staffMember(new StaffId(staffId)).username();
			if (username != null) {
				inApp.add(Notification.inApp(username, subject, body,
						one ? "/supervision/cards/" + first.idOrNull() : "/supervision/cards/mine")
					.withIdempotencyKey(key + ":in-app"));
			}
			texts.textTo(staffId, subject, body, key + ":sms")
				.ifPresent(text -> textsByUnit.computeIfAbsent(first.subject().unitId(), u -> new ArrayList<>())
					.add(text));
		});
		notifications.sendAll(inApp, clock.instant());
		textsByUnit.forEach((unitId, unitTexts) -> notifications.sendAll(unitTexts, texts.nextOpening(unitId)));
	}

	/** The holder after an escalation learns of the card's new colour or that it is now theirs. */
	void escalated(Card card) {
		if (card.holderStaffId() != null) {
			tell(card, card.holderStaffId(), "escalated-" + card.colour() + "-" + card.holderLevel());
		}
	}

	private void tell(Card card, long staffId, String reason) {
		StaffMember staff = organization.staffMember(new StaffId(staffId));
		long id = card.idOrNull();
		if (staff.username() != null) {
			notifications.send(Notification.inApp(staff.username(), messages.subject(card), messages.body(card),
					"/supervision/cards/" + id)
				.withIdempotencyKey(key(id, staffId, reason) + ":in-app"));
		}
		texts.send(card, staffId, reason);
	}

	/** Where a card's case lies, as far as who answers for it there goes. */
	private static CardSubject place(Card card) {
		return new CardSubject(ObjectType.CASE, 0, 0, "", card.subject().unitId(), card.subject().departmentId());
	}

	private Set<Long> headAndLeader(CardSubject place) {
		Set<Long> recipients = new LinkedHashSet<>();
		addIfNamed(recipients, holders.at(Responsible.DEPARTMENT_HEAD, place, null));
		addIfNamed(recipients, holders.at(Responsible.OVERSEEING_LEADER, place, null));
		return recipients;
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
