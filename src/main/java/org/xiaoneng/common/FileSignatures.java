package org.xiaoneng.common;

import java.util.Optional;

/**
 * The media type of an uploaded photo or scan, read from the file's own first bytes (its signature), never from the
 * name or the type the uploader's browser claims: a renamed executable is not a photo because it is called a.jpg.
 */
public final class FileSignatures {

	private FileSignatures() {
	}

	/** {@code image/jpeg}, {@code image/png} or {@code application/pdf} when the content starts as one does. */
	public static Optional<String> imageOrPdf(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of("application/pdf");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content == null || content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
