package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.OfficeHours;
import org.xiaoneng.common.Columns;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffMember;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * Tells people of their cards: an in-app message at once, a text message in office hours on a working day (held in
 * {@code supervision.pending_sms} until the next opening). A red card also goes to the department head and the
 * overseeing deputy leader. Each message has an idempotency key, so a redelivered event sends nothing twice.
 */
@Component
class CardNotices {

	static final String TEXTS_SWEEP = "supervision.texts";

	private final Notifications notifications;

	private final Organization organization;

	private final Holders holders;

	private final OfficeHours officeHours;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Sweeps sweeps;

	private final Clock clock;

	private final Cards cards;

	CardNotices(Cards cards, Notifications notifications, Organization organization, Holders holders,
			OfficeHours officeHours, MessageSource messages, JdbcClient jdbc, Sweeps sweeps, Clock clock) {
		this.cards = cards;
		this.notifications = notifications;
		this.organization = organization;
		this.holders = holders;
		this.officeHours = officeHours;
		this.messages = messages;
		this.jdbc = jdbc;
		this.sweeps = sweeps;
		this.clock = clock;
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

	/** Sends the text messages that waited for office hours, when it is office hours; each row once. */
	SweepCount sendWaitingTexts() {
		Instant now = clock.instant();
		var waiting = jdbc.sql("""
				select p.id, p.card_id, p.staff_id, p.reason from supervision.pending_sms p order by p.id""")
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("card_id"), rs.getLong("staff_id") })
			.list();
		return sweeps.each(TEXTS_SWEEP, waiting, row -> row[0], row -> {
			long unitId = jdbc.sql("select unit_id from supervision.card where id = :id")
				.param("id", row[1])
				.query(Long.class)
				.single();
			if (!officeHours(unitId, now)) {
				return false;
			}
			String reason = jdbc.sql("delete from supervision.pending_sms where id = :id returning reason")
				.param("id", row[0])
				.query(String.class)
				.optional()
				.orElse(null);
			if (reason == null) {
				return false;
			}
			text(row[1], row[2], reason);
			return true;
		});
	}

	private void tell(Card card, long staffId, String reason) {
		StaffMember staff = organization.staffMember(staffId);
		long id = card.idOrNull();
		if (staff.username() != null) {
			notifications.send(Notification.inApp(staff.username(), subject(card), body(card), "/supervision/cards/" + id)
				.withIdempotencyKey(key(id, staffId, reason) + ":in-app"));
		}
		if (officeHours(card.subject().unitId(), clock.instant())) {
			text(id, staffId, reason);
		}
		else {
			jdbc.sql("""
					insert into supervision.pending_sms (card_id, staff_id, reason, queued_at)
					values (:card, :staff, :reason, :at) on conflict do nothing""")
				.param("card", id)
				.param("staff", staffId)
				.param("reason", reason)
				.param("at", Columns.time(clock.instant()))
				.update();
		}
	}

	private void text(long cardId, long staffId, String reason) {
		Card card = cards.find(cardId).orElseThrow();
		organization.phoneForTexts(staffId)
			.filter(phone -> phone.matches("1[3-9]\\d{9}"))
			.ifPresent(phone -> notifications.send(Notification.sms(phone, subject(card), body(card))
				.withIdempotencyKey(key(cardId, staffId, reason) + ":sms")));
	}

	private boolean officeHours(long unitId, Instant at) {
		return officeHours.open(organization.unit(unitId).creditCode(), at);
	}

	private String subject(Card card) {
		return text("supervision.notice.subject", text("supervision.colour." + card.colour().name()),
				text("supervision.rule." + card.rule().code() + ".name"));
	}

	private String body(Card card) {
		return card.feedbackDue() == null
				? text("supervision.notice.body.noDeadline", card.subject().label(), facts(card))
				: text("supervision.notice.body", card.subject().label(), facts(card), card.feedbackDue());
	}

	private String facts(Card card) {
		return text("supervision.rule." + card.rule().code() + ".facts", Facts.arguments(card.facts()));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

	private static String key(long cardId, long staffId, String reason) {
		return "supervision:card:" + cardId + ":" + reason + ":" + staffId;
	}

	private static void addIfNamed(Set<Long> recipients, Long staffId) {
		if (staffId != null) {
			recipients.add(staffId);
		}
	}
}
