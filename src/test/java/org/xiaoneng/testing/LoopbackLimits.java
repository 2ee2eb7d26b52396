package org.xiaoneng.testing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.common.Cryptography;

/**
 * The public portal's per-address counters for the loopback address, which every test over real HTTP (and every
 * browser test) shares: a test that fills them on purpose empties them before and after, so that the others are
 * not refused with 429.
 */
public final class LoopbackLimits {

	public static final String LOOPBACK = "127.0.0.1";

	private LoopbackLimits() {
	}

	public static void forget(JdbcClient jdbc, Cryptography cryptography) {
		// the rate limiter keeps the SM3 digest of the address
		String client = HexFormat.of().formatHex(cryptography.sm3(LOOPBACK.getBytes(StandardCharsets.UTF_8)));
		jdbc.sql("delete from ratelimit.recent_attempts where client = ?").param(client).update();
	}
}
