package org.xiaoneng.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The business clock in tests: it runs with real time until a test moves it; {@link #reset()} puts it back.
 * Tests move time instead of sleeping.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Moves the clock forward (or back, with a negative amount). */
	public void advance(Duration amount) {
		offset = offset.plus(amount);
	}

	/** Sets the clock so that it now reads {@code instant}, then lets it run. */
	public void setTo(Instant instant) {
		offset = Duration.between(Instant.now(), instant);
	}

	/** Back to real time. */
	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		MutableClock clock = new MutableClock(other);
		clock.offset = offset;
		return clock;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}
}
