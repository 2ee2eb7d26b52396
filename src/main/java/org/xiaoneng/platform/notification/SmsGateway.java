package org.xiaoneng.platform.notification;

/**
 * The adapter to an SMS service provider. Which one is used follows from
 * {@code xiaoneng.notification.sms.gateway-url}: none records the message in the log, a URL posts it there.
 */
interface SmsGateway {

	/**
	 * Hands one text message to the provider.
	 *
	 * @param mobile a mainland mobile number, in clear: never log it unmasked
	 * @param text the text without signature
	 * @throws DeliveryFailedException when the provider did not accept it
	 */
	void send(String mobile, String text);
}
