package org.xiaoneng.platform.notification;

import java.time.Instant;
import java.util.List;

/**
 * Sends messages to staff and to the public. {@link #send(Notification)} only writes the message to the outbox in
 * the caller's transaction: a rolled-back business transaction sends nothing, a committed one never loses its
 * message, and a slow or failing channel never delays or breaks the business step. A dispatcher sends the pending
 * messages afterwards, retrying with backoff.
 */
public interface Notifications {

	/**
	 * Writes the message to the outbox in the current transaction (or in its own one when there is none). With an
	 * idempotency key already used, writes nothing and returns the first message's id.
	 *
	 * @throws IllegalArgumentException when the notification breaks a rule of {@link Notification}
	 */
	NotificationId send(Notification notification);

	/**
	 * Writes the message to the outbox to be sent no earlier than the given moment (a text message held until office
	 * hours); in-app messages are delivered at once whatever the moment.
	 *
	 * @throws IllegalArgumentException when the notification breaks a rule of {@link Notification}
	 */
	NotificationId send(Notification notification, Instant notBefore);

	/**
	 * Writes several messages to the outbox at once, each as {@link #send(Notification, Instant)} writes it, in one
	 * batch of statements: for a sweep that tells hundreds of people at a time. A message whose idempotency key is
	 * taken is not written again.
	 *
	 * @return how many were written (the rest had a key already used)
	 * @throws IllegalArgumentException when a notification breaks a rule of {@link Notification}
	 */
	int sendAll(List<Notification> notifications, Instant notBefore);

	/** How many in-app messages the user has not marked as read: the badge next to the inbox. */
	long unreadCount(String username);

	/** The user's in-app messages, newest first, at most the latest 100. */
	List<InboxMessage> inbox(String username);

	/** Marks one of the user's messages as read; {@code false} if the user has no such message. */
	boolean markRead(String username, NotificationId id);

	/** Marks all of the user's messages as read and says how many were unread. */
	int markAllRead(String username);

	/** The messages that could not be sent after every attempt, newest first, at most the latest 200. */
	List<FailedNotification> failed();

	/**
	 * Puts a failed message back to be sent again with a fresh set of attempts, audited under the signed-in
	 * administrator; {@code false} if there is no failed message with that id (e.g. someone retried it already).
	 */
	boolean retry(NotificationId id);
}
