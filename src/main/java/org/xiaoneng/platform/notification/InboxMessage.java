package org.xiaoneng.platform.notification;

import java.time.OffsetDateTime;

/**
 * One entry of a staff member's inbox.
 *
 * @param id the message
 * @param subject its heading
 * @param body its text
 * @param link the page it is about, or {@code null}
 * @param createdAt when it was sent, in the business time zone
 * @param read whether the recipient has marked it as read
 */
public record InboxMessage(NotificationId id, String subject, String body, String link, OffsetDateTime createdAt,
		boolean read) {
}
