package org.xiaoneng.platform.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one message in the outbox.
 */
public record NotificationId(UUID value) {

	public NotificationId {
		Objects.requireNonNull(value, "value");
	}

	static NotificationId random() {
		return new NotificationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
