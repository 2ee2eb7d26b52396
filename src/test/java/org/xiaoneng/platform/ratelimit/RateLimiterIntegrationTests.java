package org.xiaoneng.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.common.Cryptography;
import org.xiaoneng.testing.IntegrationTest;
import org.xiaoneng.testing.MutableClock;

/** The platform's rate limiter over its one shared table, with the buckets of application.properties. */
@IntegrationTest
class RateLimiterIntegrationTests {

	private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

	@Autowired
	RateLimiter limiter;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cryptography cryptography;

	@Test
	void aBucketRefusesTheAttemptAfterItsLimitFromOneAddressWithinItsWindow() {
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.attempt("public-submission", address)).as("attempt %d", i + 1).isTrue();
		}
		assertThat(limiter.attempt("public-submission", address)).isFalse();
		assertThat(limiter.attempt("public-submission", address)).isFalse();
		// a refused attempt records nothing, so that a flood cannot grow the table
		assertThat(rowsOf("public-submission", address)).isEqualTo(5);
	}

	@Test
	void anotherAddressAndAnotherBucketAreUnaffectedByAFullBucket() {
		String address = newAddress();
		for (int i = 0; i < 5; i++) {
			limiter.attempt("public-submission", address);
		}
		assertThat(limiter.attempt("public-submission", address)).isFalse();
		assertThat(limiter.attempt("public-submission", newAddress())).isTrue();
		assertThat(limiter.attempt("progress-lookup", address)).isTrue();
	}

	@Test
	void attemptsCountAgainOnceTheWindowHasPassedAndTheExpiredRowsAreRemoved() {
		String address = newAddress();
		String gone = newAddress();
		Instant before = clock.instant();
		try {
			limiter.attempt("public-submission", gone);
			for (int i = 0; i < 5; i++) {
				limiter.attempt("public-submission", address);
			}
			clock.advance(Duration.ofMinutes(9));
			assertThat(limiter.attempt("public-submission", address)).isFalse();
			clock.advance(Duration.ofMinutes(1).plusSeconds(1));
			assertThat(limiter.attempt("public-submission", address)).isTrue();
			assertThat(rowsOf("public-submission", address)).isEqualTo(1);
			// another address's attempt removes a client whose last attempt left the window
			assertThat(clientsNamed("public-submission", gone)).isZero();
		}
		finally {
			clock.set(before);
		}
	}

	@Test
	void attemptsFromOneAddressStartedAtTheSameMomentPassOnlyUpToTheLimit() throws Exception {
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 5; round++) {
				String address = newAddress();
				CyclicBarrier start = new CyclicBarrier(threads);
				List<Callable<Boolean>> attempts = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					attempts.add(() -> {
						start.await(10, TimeUnit.SECONDS);
						return limiter.attempt("public-submission", address);
					});
				}
				long passed = 0;
				for (Future<Boolean> result : pool.invokeAll(attempts)) {
					passed += result.get() ? 1 : 0;
				}
				assertThat(passed).as("round %d", round).isEqualTo(5);
				assertThat(rowsOf("public-submission", address)).isEqualTo(5);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aBucketWithoutConfigurationIsAnErrorNotALimitThatLetsEverythingThrough() {
		assertThatThrownBy(() -> limiter.attempt("no-such-bucket", newAddress()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("xiaoneng.rate-limit.buckets.no-such-bucket");
	}

	@Test
	void theTableKeepsTheDigestOfTheAddressNotTheAddress() {
		String address = newAddress();
		limiter.attempt("progress-lookup", address);
		assertThat(jdbc.sql("select count(*) from ratelimit.recent_attempts where client = :address")
			.param("address", address)
			.query(Long.class)
			.single()).isZero();
		assertThat(rowsOf("progress-lookup", address)).isEqualTo(1);
	}

	/** The attempts recorded of the address in the bucket. */
	private long rowsOf(String bucket, String address) {
		return jdbc.sql("""
				select coalesce(sum(cardinality(attempts)), 0) from ratelimit.recent_attempts
				where bucket = :bucket and client = :client""")
			.param("bucket", bucket)
			.param("client", digest(address))
			.query(Long.class)
			.single();
	}

	private long clientsNamed(String bucket, String address) {
		return jdbc.sql("select count(*) from ratelimit.recent_attempts where bucket = :bucket and client = :client")
			.param("bucket", bucket)
			.param("client", digest(address))
			.query(Long.class)
			.single();
	}

	private String digest(String address) {
		return HexFormat.of().formatHex(cryptography.sm3(address.getBytes(StandardCharsets.UTF_8)));
	}

	private static String newAddress() {
		long n = NEXT.incrementAndGet();
		return "2001:db8::" + Long.toHexString(n);
	}
}
