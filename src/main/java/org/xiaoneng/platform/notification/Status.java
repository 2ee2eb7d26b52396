package org.xiaoneng.platform.notification;

/**
 * Where a message stands in the outbox.
 */
enum Status {

	/** Waiting for its next attempt. */
	PENDING,

	/** Handed to its channel (or, in-app, shown in the inbox). */
	SENT,

	/** Every attempt failed; an administrator may retry it. */
	FAILED
}
