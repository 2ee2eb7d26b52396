package org.xiaoneng.platform.notification;

/**
 * A channel did not accept a message. The reason is stored and shown to administrators, so it is short and carries
 * no personal data: never a recipient, never a gateway's or mail server's own text.
 */
class DeliveryFailedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	DeliveryFailedException(String reason) {
		super(reason, null, false, false);
	}
}
