package org.xiaoneng.platform.documents;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * SHA-256 over every field of a notice: where a PDF takes what OpenPDF would otherwise draw from the clock or from
 * chance, so that a reprint of the same data is the same file.
 */
final class NoticeFingerprint {

	private final byte[] value;

	private NoticeFingerprint(byte[] value) {
		this.value = value;
	}

	static NoticeFingerprint of(Notice notice) {
		var digest = new Digest();
		digest.text(notice.title());
		digest.text(notice.documentNumber());
		digest.text(notice.addressee());
		digest.count(notice.sections().size());
		for (Notice.Section section : notice.sections()) {
			digest.text(section.heading());
			digest.texts(section.paragraphs());
			Notice.Table table = section.table();
			digest.count(table == null ? -1 : table.rows().size());
			if (table != null) {
				digest.texts(table.headers());
				table.rows().forEach(digest::texts);
			}
		}
		digest.text(notice.signature().unit());
		digest.text(notice.signature().date().toString());
		digest.count(notice.qrCode() == null ? 0 : 1);
		if (notice.qrCode() != null) {
			digest.text(notice.qrCode().content());
			digest.text(notice.qrCode().caption());
		}
		return new NoticeFingerprint(digest.sha256.digest());
	}

	/** The 16 bytes of the PDF's file identifier (ISO 32000-1 §14.4). */
	byte[] fileIdentifier() {
		return Arrays.copyOf(this.value, 16);
	}

	/**
	 * OpenPDF draws the font's subset tag from {@link SecureRandom#nextDouble()}; this source answers from the
	 * fingerprint, so the tag differs between notices but not between reprints.
	 */
	SecureRandom subsetTags() {
		return new FingerprintRandom(this.value);
	}

	/** Each text goes in prefixed by its length, so that no two different notices feed the digest the same bytes. */
	private static final class Digest {

		final MessageDigest sha256;

		Digest() {
			try {
				this.sha256 = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("Every Java runtime has SHA-256", e);
			}
		}

		void count(int count) {
			this.sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(count).array());
		}

		void text(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			count(bytes.length);
			this.sha256.update(bytes);
		}

		void texts(List<String> texts) {
			count(texts.size());
			texts.forEach(this::text);
		}
	}

	private static final class FingerprintRandom extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final byte[] fingerprint;

		private int next;

		FingerprintRandom(byte[] fingerprint) {
			this.fingerprint = fingerprint.clone();
		}

		@Override
		public double nextDouble() {
			return (this.fingerprint[this.next++ % this.fingerprint.length] & 0xFF) / 256.0;
		}
	}
}
