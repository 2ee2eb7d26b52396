package org.xiaoneng.platform.web;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;
import org.xiaoneng.common.Clocks;

/**
 * Moments as the pages show them ({@code ${@businessTimes.minute(at)}}): in China time, whatever zone the server
 * runs in and whatever offset the database gave (Thymeleaf formats an {@link Instant} in UTC, and PostgreSQL's
 * timestamptz comes back at offset zero); its methods are public for the templates.
 */
@Component("businessTimes")
class BusinessTimes {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(Clocks.BUSINESS_ZONE);

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(Clocks.BUSINESS_ZONE);

	/** "2026-03-02 09:05" in China time, or a dash for a moment that never came. */
	public String minute(TemporalAccessor at) {
		return at == null ? "—" : MINUTE.format(at);
	}

	/** "2026-03-02 09:05:17" in China time, or a dash. */
	public String second(TemporalAccessor at) {
		return at == null ? "—" : SECOND.format(at);
	}
}
