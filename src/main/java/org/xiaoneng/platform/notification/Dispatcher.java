package org.xiaoneng.platform.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xiaoneng.common.Cryptography;

/**
 * Sends due messages from the outbox, one round at a time. A round claims a bounded batch in one short statement,
 * then sends each message with no transaction open, so a slow gateway holds no locks; each outcome is written on its
 * own. A failure of one message, even an unexpected exception, is recorded for that message and the round goes on.
 * Delivery is at least once: a node that dies between sending and recording sends the message again after the claim
 * times out.
 */
@Component
class Dispatcher {

	private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

	private static final int REASON_LENGTH = 200;

	private final Messages messages;

	private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);

	private final Cryptography cryptography;

	private final NotificationSettings settings;

	private final Clock clock;

	Dispatcher(Messages messages, List<NotificationChannel> channels, Cryptography cryptography,
			NotificationSettings settings, Clock clock) {
		this.messages = messages;
		channels.forEach(channel -> this.channels.put(channel.channel(), channel));
		this.cryptography = cryptography;
		this.settings = settings;
		this.clock = clock;
	}

	/** Sends the messages due now, at most one batch; returns how many were tried. */
	int dispatchRound() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Messages.ClaimedMessage> due = messages.claimDue(now, now.plus(settings.claimTimeout()),
				settings.batchSize());
		due.forEach(this::dispatch);
		return due.size();
	}

	private void dispatch(Messages.ClaimedMessage message) {
		String failure;
		try {
			NotificationChannel channel = channels.get(message.channel());
			if (channel == null) {
				throw new DeliveryFailedException("no channel sends " + message.channel());
			}
			channel.deliver(new OutgoingMessage(message.id(), cryptography.decrypt(message.recipientEncrypted()),
					message.subject(), message.body()));
			messages.markSent(message, OffsetDateTime.now(clock));
			return;
		}
		catch (DeliveryFailedException e) {
			failure = e.getMessage();
		}
		catch (RuntimeException e) {
			// Only the kind of error is kept: an exception's text may carry the recipient or the message.
			failure = "unexpected " + e.getClass().getSimpleName();
		}
		recordFailure(message, failure.length() > REASON_LENGTH ? failure.substring(0, REASON_LENGTH) : failure);
	}

	private void recordFailure(Messages.ClaimedMessage message, String reason) {
		if (message.attempt() >= settings.maxAttempts()) {
			messages.markFailed(message, reason);
			LOG.warn("Notification {} by {} to {} failed for good after {} attempts: {}", message.id(),
					message.channel(), message.recipientMasked(), message.attempt(), reason);
			return;
		}
		OffsetDateTime next = OffsetDateTime.now(clock).plus(settings.retryDelayAfter(message.attempt()));
		messages.scheduleRetry(message, next, reason);
		LOG.info("Notification {} by {} to {} failed (attempt {} of {}), next attempt at {}: {}", message.id(),
				message.channel(), message.recipientMasked(), message.attempt(), settings.maxAttempts(), next, reason);
	}
}
