package org.xiaoneng.platform.notification;

import java.time.OffsetDateTime;

/**
 * A message that could not be sent after every attempt, kept for administrators to look at and retry.
 *
 * @param id the message
 * @param channel how it was to be sent
 * @param recipient the recipient, masked (138****8000)
 * @param subject its subject
 * @param attempts how many times sending was tried
 * @param lastError the last technical reason, without personal data
 * @param createdAt when it was written
 * @param lastAttemptAt when sending was last tried
 */
public record FailedNotification(NotificationId id, Channel channel, String recipient, String subject, int attempts,
		String lastError, OffsetDateTime createdAt, OffsetDateTime lastAttemptAt) {
}
