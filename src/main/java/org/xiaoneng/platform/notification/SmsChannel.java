package org.xiaoneng.platform.notification;

import org.springframework.stereotype.Component;

/**
 * Sends SMS messages through the configured {@link SmsGateway}.
 */
@Component
class SmsChannel implements NotificationChannel {

	private final SmsGateway gateway;

	SmsChannel(SmsGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public void deliver(OutgoingMessage message) {
		gateway.send(message.recipient(), message.body());
	}
}
