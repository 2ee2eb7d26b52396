package org.xiaoneng.platform.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.xiaoneng.common.Cryptography;

/**
 * An audit entry as the database holds it, with its chain fields once chained.
 * <p>
 * The hash of an entry is {@code SM3(previous hash || canonical entry)} (GB/T 32905), where the previous hash is that
 * of the entry at the chain position before, or 32 zero bytes for the first entry. The canonical entry is, in this
 * order:
 * <ol>
 * <li>the ASCII bytes {@code XNAUDIT1} (format and version),</li>
 * <li>{@code seq} as a signed 64-bit big-endian integer,</li>
 * <li>{@code occurred_at} as a signed 64-bit big-endian count of microseconds since 1970-01-01T00:00:00Z, the
 * precision PostgreSQL stores (the hash is taken over what the database holds, not over Java's nanoseconds),</li>
 * <li>actor, module, action, object id, before summary, after summary: each as a signed 32-bit big-endian length of
 * its UTF-8 bytes followed by those bytes, or the length -1 and no bytes for {@code NULL}.</li>
 * </ol>
 * The length prefixes make the encoding unambiguous: no field boundary can move without changing the bytes, and an
 * empty text differs from a missing one.
 */
record StoredEntry(long seq, OffsetDateTime occurredAt, String actor, String module, String action, String objectId,
		String before, String after, Long chainPosition, byte[] hash) {

	private static final byte[] FORMAT = "XNAUDIT1".getBytes(StandardCharsets.US_ASCII);

	/** The link this entry makes when it follows {@code previous} in the chain. */
	ChainLink linkAfter(ChainLink previous, Cryptography cryptography) {
		byte[] canonical = canonical();
		byte[] input = new byte[previous.hash().length + canonical.length];
		System.arraycopy(previous.hash(), 0, input, 0, previous.hash().length);
		System.arraycopy(canonical, 0, input, previous.hash().length, canonical.length);
		return new ChainLink(previous.position() + 1, cryptography.sm3(input));
	}

	/** The link as stored; only for a chained entry. */
	ChainLink storedLink() {
		return new ChainLink(chainPosition, hash);
	}

	byte[] canonical() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.write(FORMAT);
			out.writeLong(seq);
			out.writeLong(epochMicros(occurredAt.toInstant()));
			for (String field : new String[] { actor, module, action, objectId, before, after }) {
				if (field == null) {
					out.writeInt(-1);
				}
				else {
					byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
					out.writeInt(utf8.length);
					out.write(utf8);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static long epochMicros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}
}
