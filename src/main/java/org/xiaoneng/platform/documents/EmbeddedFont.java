package org.xiaoneng.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

import com.lowagie.text.pdf.BaseFont;

/**
 * The Chinese font every PDF embeds: Noto Serif CJK SC, subset to GB 2312 and all GBK hanzi (see fonts/README.md).
 */
final class EmbeddedFont {

	private static final String RESOURCE = "/fonts/NotoSerifCJKsc-Regular-subset.ttf";

	// OpenPDF decides from the name's extension that the bytes are a TrueType font.
	private static final String NAME = "NotoSerifCJKsc-Regular-subset.ttf";

	private final byte[] file;

	private final BaseFont probe;

	EmbeddedFont() {
		try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Font " + RESOURCE + " is missing from the classpath");
			}
			this.file = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read font " + RESOURCE, e);
		}
		this.probe = load(new SecureRandom());
	}

	/**
	 * A font for one document. OpenPDF takes the subset tag's randomness from the font object, so each document gets
	 * its own instance fed from its own data; parsing the font again takes milliseconds.
	 *
	 * @param subsetTags where the six-letter subset tag (ISO 32000-1 §9.6.4) comes from
	 */
	BaseFont load(SecureRandom subsetTags) {
		try {
			BaseFont font = BaseFont.createFont(NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, this.file, null);
			font.setSubset(true);
			font.setSecureRandom(subsetTags);
			return font;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot parse font " + RESOURCE, e);
		}
	}

	/**
	 * Refuses text with a character the font cannot draw, which OpenPDF would otherwise leave out without a word.
	 */
	void requirePrintable(String text) {
		text.codePoints()
			.filter(codePoint -> !Character.isISOControl(codePoint) && !this.probe.charExists(codePoint))
			.findFirst()
			.ifPresent(codePoint -> {
				throw new UnprintableCharacterException(codePoint);
			});
	}
}
