package org.xiaoneng.platform.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS gateway of a platform without an SMS provider (a demo, a test, an agency that does not send SMS): it writes
 * one log line with the masked number and sends nothing. The message itself stays in the outbox as sent, so it can be
 * read there.
 */
class RecordingSmsGateway implements SmsGateway {

	private static final Logger LOG = LoggerFactory.getLogger(RecordingSmsGateway.class);

	@Override
	public void send(String mobile, String text) {
		LOG.info("SMS to {} recorded, not sent: no SMS gateway is configured (xiaoneng.notification.sms.gateway-url)",
				Masking.mask(Channel.SMS, mobile));
	}
}
