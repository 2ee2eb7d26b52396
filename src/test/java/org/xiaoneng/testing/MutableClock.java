package org.xiaoneng.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so that tests about deadlines, backoff and expiry move time
 * instead of sleeping. Clocks made from it with {@link #withZone(ZoneId)} move with it.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	public MutableClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/** Moves the clock forward (or back, with a negative duration). */
	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	/** Sets the clock to the given instant. */
	public void set(Instant instant) {
		now.set(Objects.requireNonNull(instant, "instant"));
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId otherZone) {
		return new MutableClock(now, otherZone);
	}
}
