package org.xiaoneng.common;

import java.util.Optional;

/**
 * The media type of an uploaded photo or scan, read from the file's own first bytes (its signature), never from the
 * name or the type the uploader's browser claims: a renamed executable is not a photo because it is called a.jpg.
 */
public final class FileSignatures {

	private FileSignatures() {
	}

	/** {@code image/jpeg} or {@code image/png} when the content starts as one does. */
	public static Optional<String> image(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	/** {@code image/jpeg}, {@code image/png} or {@code application/pdf} when the content starts as one does. */
	public static Optional<String> imageOrPdf(byte[] content) {
		return image(content).or(() -> startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)
				? Optional.of("application/pdf")
				: Optional.empty());
	}

	/** Whether the content starts with the given bytes (each 0–255), e.g. a format's magic number. */
	public static boolean startsWith(byte[] content, int... signature) {
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
