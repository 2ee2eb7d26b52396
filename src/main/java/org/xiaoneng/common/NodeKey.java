package org.xiaoneng.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

/**
 * This node's SM4 key: from {@code XIAONENG_CRYPTO_KEY}, else from the key file, else — only for a database that
 * holds no encrypted data yet — a new random key written to the key file. The key is accepted only when its
 * fingerprint is the one the database records, so that every node of a cluster encrypts with the same key.
 */
final class NodeKey {

	private static final Logger LOG = LoggerFactory.getLogger(NodeKey.class);

	/** Fingerprints are shown shortened: enough to tell two keys apart in a log. */
	private static final int SHOWN = 16;

	private static final byte[] FINGERPRINT_LABEL = "xiaoneng sm4 key fingerprint v1".getBytes(StandardCharsets.UTF_8);

	private NodeKey() {
	}

	/**
	 * The checked key.
	 *
	 * @throws CryptoKeyMismatchException when the key is not the database's, or there is none for a database in use
	 */
	static byte[] load(CryptographySettings settings, KeyFingerprints fingerprints, SecureRandom random) {
		Path file = settings.keyFile().toAbsolutePath();
		String source = "the key file " + file + " (XIAONENG_CRYPTO_KEYFILE)";
		try {
			if (StringUtils.hasText(settings.key())) {
				return checked(parse(settings.key().strip(), "XIAONENG_CRYPTO_KEY"), "XIAONENG_CRYPTO_KEY",
						fingerprints, null);
			}
			if (Files.exists(file)) {
				return checked(parse(Files.readString(file).strip(), source), source, fingerprints, null);
			}
			if (fingerprints.inUse()) {
				throw new CryptoKeyMismatchException("This node has no SM4 key (" + source + " does not exist), but the "
						+ "database already holds personal data encrypted with a key"
						+ fingerprints.recorded().map(recorded -> " whose fingerprint starts " + shown(recorded)).orElse("")
						+ "; a new key would make it unreadable, so none was created.", action());
			}
			byte[] fresh = new byte[16];
			random.nextBytes(fresh);
			Files.createDirectories(file.getParent());
			Files.writeString(file, HexFormat.of().formatHex(fresh));
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
			}
			byte[] key = checked(fresh, source, fingerprints, file);
			LOG.warn("Created a new SM4 key in {} for this new database: back it up, and give every other node the "
					+ "same key; personal data encrypted with it cannot be read without it", file);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the SM4 key file " + file, e);
		}
	}

	/**
	 * SM3 (GB/T 32905) of a fixed label followed by the key, in hex: equal for equal keys; finding the key from it
	 * means trying 2^128 keys. The label keeps it apart from every other digest the platform makes of the key.
	 */
	static String fingerprint(byte[] key) {
		SM3Digest digest = new SM3Digest();
		digest.update(FINGERPRINT_LABEL, 0, FINGERPRINT_LABEL.length);
		digest.update(key, 0, key.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	static String shown(String fingerprint) {
		return fingerprint.substring(0, SHOWN);
	}

	/**
	 * The key once the database records its fingerprint. A key file created just now that lost a race with another
	 * new node is removed again, so that the next start does not find a key nobody else has.
	 */
	private static byte[] checked(byte[] key, String source, KeyFingerprints fingerprints, Path createdNow)
			throws IOException {
		String own = fingerprint(key);
		String recorded = fingerprints.record(own);
		if (!recorded.equals(own)) {
			if (createdNow != null) {
				Files.deleteIfExists(createdNow);
			}
			throw new CryptoKeyMismatchException("The SM4 key of this node, from " + source + ", is not the key the "
					+ "database's personal data is encrypted with: its fingerprint starts " + shown(own)
					+ ", the database's " + shown(recorded) + ".", action());
		}
		return key;
	}

	private static String action() {
		return "Give this node the SM4 key that every other node of this database uses, either as XIAONENG_CRYPTO_KEY "
				+ "(32 hex digits) or as a file named by XIAONENG_CRYPTO_KEYFILE (default ./data/keys/sm4.key), "
				+ "then start it again.";
	}

	private static byte[] parse(String hex, String source) {
		if (!hex.matches("[0-9a-fA-F]{32}")) {
			throw new IllegalStateException("The SM4 key in " + source + " must be 32 hex digits");
		}
		return HexFormat.of().parseHex(hex);
	}
}
