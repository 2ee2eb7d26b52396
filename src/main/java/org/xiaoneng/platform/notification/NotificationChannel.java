package org.xiaoneng.platform.notification;

/**
 * One way of sending messages out of the platform (email, SMS). In-app messages need none: they are in the inbox
 * the moment their transaction commits.
 */
interface NotificationChannel {

	/** The channel this one sends. */
	Channel channel();

	/**
	 * Sends one message.
	 *
	 * @throws DeliveryFailedException when the message was not accepted; it is tried again later
	 */
	void deliver(OutgoingMessage message);
}
