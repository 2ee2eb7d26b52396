package org.xiaoneng.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.OfficeHours;
import org.xiaoneng.common.Columns;
import org.xiaoneng.common.StaffId;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.platform.database.SweepCount;
import org.xiaoneng.platform.database.Sweeps;
import org.xiaoneng.platform.notification.Notification;
import org.xiaoneng.platform.notification.Notifications;

/**
 * The text message of a card's notice: sent in the office hours of the card's unit on its working days, otherwise
 * held in {@code supervision.pending_sms} until the next opening. Each has an idempotency key, so a redelivered
 * event or a repeated sweep sends nothing twice.
 */
@Component
class CardTexts {

	static final String SWEEP = "supervision.texts";

	/** A mainland mobile number, the only kind a text goes to. */
	private static final String MOBILE = "1[3-9]\\d{9}";

	private final Cards cards;

	private final Organization organization;

	private final OfficeHours officeHours;

	private final Notifications notifications;

	private final CardMessages messages;

	private final JdbcClient jdbc;

	private final Sweeps sweeps;

	private final Clock clock;

	CardTexts(Cards cards, Organization organization, OfficeHours officeHours, Notifications notifications,
			CardMessages messages, JdbcClient jdbc, Sweeps sweeps, Clock clock) {
		this.cards = cards;
		this.organization = organization;
		this.officeHours = officeHours;
		this.notifications = notifications;
		this.messages = messages;
		this.jdbc = jdbc;
		this.sweeps = sweeps;
		this.clock = clock;
	}

	/** Texts the staff member now in office hours, or holds the text for the next opening. */
	void send(Card card, long staffId, String reason) {
		long id = card.idOrNull();
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

	/**
	 * The text message to the staff member, if they have a mobile number to text: for a sweep that writes its messages
	 * together, held until {@link #nextOpening} of the card's unit.
	 */
	Optional<Notification> textTo(long staffId, String subject, String body, String key) {
		return organization.phoneForTexts(new StaffId(staffId))
			.filter(phone -> phone.matches(MOBILE))
			.map(phone -> Notification.sms(phone, subject, body).withIdempotencyKey(key));
	}

	/** Now in the unit's office hours, else the next opening of its office: when its texts may go out. */
	Instant nextOpening(long unitId) {
		return officeHours.nextOpening(organization.unit(new UnitId(unitId)).creditCode(), clock.instant());
	}

	/** Sends the text messages that waited for office hours, when it is office hours; each row once. */
	SweepCount sendWaiting() {
		Instant now = clock.instant();
		var waiting = jdbc.sql("""
				select p.id, p.card_id, p.staff_id, p.reason from supervision.pending_sms p order by p.id""")
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("card_id"), rs.getLong("staff_id") })
			.list();
		return sweeps.each(SWEEP, waiting, row -> row[0], row -> {
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

	private void text(long cardId, long staffId, String reason) {
		Card card = cards.find(cardId).orElseThrow();
		organization.phoneForTexts(new StaffId(staffId))
			.filter(phone -> phone.matches(MOBILE))
			.ifPresent(phone -> notifications.send(Notification.sms(phone, messages.subject(card), messages.body(card))
				.withIdempotencyKey(CardNotices.key(cardId, staffId, reason) + ":sms")));
	}

	private boolean officeHours(long unitId, Instant at) {
		return officeHours.open(organization.unit(new UnitId(unitId)).creditCode(), at);
	}
}
