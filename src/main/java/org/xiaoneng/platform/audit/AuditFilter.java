package org.xiaoneng.platform.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Which entries an auditor wants to see; every criterion is optional, and a blank one matches everything.
 *
 * @param from the first day (business time zone), inclusive
 * @param to the last day (business time zone), inclusive
 * @param actor who acted, exactly
 * @param module which module recorded the entry, exactly
 * @param action what was done, exactly
 * @param objectId the object acted on, exactly
 */
public record AuditFilter(@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
		String actor, String module, String action, String objectId) {

	public AuditFilter {
		actor = trimmed(actor);
		module = trimmed(module);
		action = trimmed(action);
		objectId = trimmed(objectId);
	}

	/** Every entry. */
	public static AuditFilter any() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	/** Whether the date range is backwards, which can match nothing and is surely a typing error. */
	public boolean rangeIsReversed() {
		return from != null && to != null && from.isAfter(to);
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
