package org.xiaoneng.platform.audit;

import java.time.OffsetDateTime;

/**
 * An entry of the audit log as an auditor reads it.
 *
 * @param seq the entry's sequence number, in the order the entries were inserted
 * @param occurredAt when it happened, in the business time zone
 * @param actor who acted, or {@code system}
 * @param module the module that recorded it
 * @param action what was done
 * @param objectId the object acted on, or {@code null}
 * @param before the state before, or {@code null}
 * @param after the state after, or {@code null}
 * @param chainPosition its position in the SM3 chain, or {@code null} while it waits for the chainer
 */
public record RecordedEntry(long seq, OffsetDateTime occurredAt, String actor, String module, String action,
		String objectId, String before, String after, Long chainPosition) {

	/** Whether the entry is already covered by the hash chain. */
	public boolean chained() {
		return chainPosition != null;
	}
}
