package org.xiaoneng.platform.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.platform.audit.AuditEntry;
import org.xiaoneng.platform.audit.AuditLog;

/**
 * {@link Notifications} on the outbox table: sending is an insert in the caller's transaction, nothing more.
 */
@Service
class Outbox implements Notifications {

	static final int INBOX_SIZE = 100;

	static final int FAILED_LIST_SIZE = 200;

	private final Messages messages;

	private final Cryptography cryptography;

	private final AuditLog auditLog;

	private final Clock clock;

	Outbox(Messages messages, Cryptography cryptography, AuditLog auditLog, Clock clock) {
		this.messages = messages;
		this.cryptography = cryptography;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public NotificationId send(Notification notification) {
		return send(notification, clock.instant());
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public NotificationId send(Notification notification, Instant notBefore) {
		Messages.NewMessage message = stored(notification, notBefore, OffsetDateTime.now(clock));
		if (messages.insertUnlessKeyTaken(message)) {
			return message.id();
		}
		// The key was taken by an earlier (committed) send of the same business step: that message stands.
		return messages.idOfKey(notification.idempotencyKey())
			.orElseThrow(() -> new IllegalStateException("Idempotency key conflict without a stored message"));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public int sendAll(List<Notification> notifications, Instant notBefore) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return messages.insertAllUnlessKeyTaken(
				notifications.stream().map(notification -> stored(notification, notBefore, now)).toList());
	}

	/** The row of a message sent now, held until {@code notBefore} unless it is an in-app one. */
	private Messages.NewMessage stored(Notification notification, Instant notBefore, OffsetDateTime now) {
		// the dispatcher takes a pending message once its next attempt is due: a later first attempt holds it
		OffsetDateTime due = notBefore.isAfter(now.toInstant()) ? notBefore.atOffset(now.getOffset()) : now;
		boolean inApp = notification.channel() == Channel.IN_APP;
		// An in-app message is delivered by its own insert: the inbox shows it as soon as the business transaction
		// commits, and there is nothing outside the database that could fail. Routing it through the dispatcher
		// would only delay it by up to one round. Email and SMS wait for the dispatcher, outside this transaction.
		return new Messages.NewMessage(NotificationId.random(), notification.channel(),
				inApp ? notification.recipient() : null,
				inApp ? null : cryptography.encrypt(notification.recipient()),
				Masking.mask(notification.channel(), notification.recipient()), notification.subject(),
				notification.body(), notification.link(), notification.idempotencyKey(),
				inApp ? Status.SENT : Status.PENDING, inApp ? null : due, now, inApp ? now : null);
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		return messages.unreadCount(username);
	}

	@Override
	@Transactional(readOnly = true)
	public List<InboxMessage> inbox(String username) {
		return messages.inbox(username, INBOX_SIZE);
	}

	@Override
	@Transactional
	public boolean markRead(String username, NotificationId id) {
		return messages.markRead(username, id, OffsetDateTime.now(clock));
	}

	@Override
	@Transactional
	public int markAllRead(String username) {
		return messages.markAllRead(username, OffsetDateTime.now(clock));
	}

	@Override
	@Transactional(readOnly = true)
	public List<FailedNotification> failed() {
		return messages.failed(FAILED_LIST_SIZE);
	}

	@Override
	@Transactional
	public boolean retry(NotificationId id) {
		boolean requeued = messages.requeueFailed(id, OffsetDateTime.now(clock));
		if (requeued) {
			// Sending is not audited (one entry per message would drown the log); an administrator's decision to
			// send a failed message again is.
			auditLog.record(new AuditEntry("notification", "notification.retried", id.toString(),
					Status.FAILED.name(), Status.PENDING.name()));
		}
		return requeued;
	}
}
