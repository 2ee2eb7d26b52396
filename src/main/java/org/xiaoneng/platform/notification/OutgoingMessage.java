package org.xiaoneng.platform.notification;

/**
 * A message on its way through a channel, with the recipient decrypted for the moment of sending.
 */
record OutgoingMessage(NotificationId id, String recipient, String subject, String body) {

	@Override
	public String toString() {
		return "OutgoingMessage[id=" + id + "]";
	}
}
