package org.xiaoneng.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that a test moves forward instead of sleeping.
 */
final class MutableClock extends Clock {

	private Instant now;

	private final ZoneId zone;

	MutableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return new MutableClock(now, other);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
