package org.xiaoneng.testing;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.xiaoneng.common.Clocks;

/**
 * Replaces the business clock with a {@link MutableClock} in Asia/Shanghai, standing at {@link #START}. Import it
 * in a Spring test ({@code @Import(MutableClockConfiguration.class)}) and inject {@code MutableClock} to move time.
 * The clock is shared by every test class of the same context, so tests move it forward relative to its current
 * value rather than setting absolute times. It also gives {@link ListenersAtRest}, which tells when the event
 * listeners have finished.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	/** The business time zone of the platform. */
	public static final ZoneId BUSINESS_ZONE = Clocks.BUSINESS_ZONE;

	/** Where the clock starts: a Monday morning, 9:00 in Beijing, that is a working day. */
	public static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(START.atZone(BUSINESS_ZONE).toInstant(), BUSINESS_ZONE);
	}

	/** Time's other half in tests: when the listeners that a request set off have finished. */
	@Bean
	ListenersAtRest listenersAtRest() {
		return new ListenersAtRest();
	}
}
