package org.xiaoneng.platform.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The buckets of the rate limiter by name ({@code xiaoneng.rate-limit.buckets.<name>.limit} and {@code .window}).
 *
 * @param buckets each bucket's limit and window
 */
@ConfigurationProperties("xiaoneng.rate-limit")
record RateLimitSettings(Map<String, Bucket> buckets) {

	RateLimitSettings {
		buckets = buckets == null ? Map.of() : Map.copyOf(buckets);
	}

	/**
	 * @param limit how many attempts one address may make within the window
	 * @param window how far back attempts count
	 */
	record Bucket(int limit, Duration window) {
	}

	Bucket bucket(String name) {
		Bucket bucket = buckets.get(name);
		if (bucket == null || bucket.limit() < 1 || bucket.window() == null || bucket.window().isNegative() || bucket.window().isZero()) {
			// a missing bucket is a deployment error, never a reason to let every attempt through
			throw new IllegalStateException("Rate limit bucket '" + name + "' needs a limit and a window in "
					+ "xiaoneng.rate-limit.buckets." + name);
		}
		return bucket;
	}
}
