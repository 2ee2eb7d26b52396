package org.xiaoneng.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.function.Function;

import com.lowagie.text.pdf.BaseFont;

/**
 * The Chinese font every PDF embeds: Noto Serif CJK SC, subset to GB 2312 and all GBK hanzi (see fonts/README.md).
 */
final class EmbeddedFont {

	private static final String RESOURCE = "/fonts/NotoSerifCJKsc-Regular-subset.ttf";

	// OpenPDF decides from the name's extension that the bytes are a TrueType font.
	private static final String NAME = "NotoSerifCJKsc-Regular-subset.ttf";

	private final BaseFont font;

	private final SubsetTags subsetTags = new SubsetTags();

	EmbeddedFont() {
		byte[] file;
		try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Font " + RESOURCE + " is missing from the classpath");
			}
			file = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read font " + RESOURCE, e);
		}
		try {
			this.font = BaseFont.createFont(NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot parse font " + RESOURCE, e);
		}
		this.font.setSubset(true);
		this.font.setSecureRandom(this.subsetTags);
	}

	/**
	 * Typesets one document with the font, parsed once for all documents (parsing the GBK-wide font took tens of
	 * milliseconds a document). After parsing, OpenPDF only reads the font: what a document uses is kept by its own
	 * writer. The one thing it takes from the font object is the randomness of the subset tag (ISO 32000-1 §9.6.4),
	 * drawn when the document is closed; it comes from {@code subsetTags} on the calling thread, so documents made at
	 * the same time on several threads each get their own tag.
	 *
	 * @param subsetTags where the six-letter subset tag comes from
	 * @param typesetting writes the whole document, closing it, on the calling thread
	 */
	<T> T typeset(SecureRandom subsetTags, Function<BaseFont, T> typesetting) {
		this.subsetTags.current.set(subsetTags);
		try {
			return typesetting.apply(this.font);
		}
		finally {
			this.subsetTags.current.remove();
		}
	}

	/**
	 * Refuses text with a character the font cannot draw, which OpenPDF would otherwise leave out without a word.
	 */
	void requirePrintable(String text) {
		text.codePoints()
			.filter(codePoint -> !Character.isISOControl(codePoint) && !this.font.charExists(codePoint))
			.findFirst()
			.ifPresent(codePoint -> {
				throw new UnprintableCharacterException(codePoint);
			});
	}

	/** The subset-tag source of the document being typeset on the current thread. */
	private static final class SubsetTags extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final transient ThreadLocal<SecureRandom> current = new ThreadLocal<>();

		@Override
		public double nextDouble() {
			SecureRandom tags = this.current.get();
			if (tags == null) {
				throw new IllegalStateException("The font is used outside of typeset(…)");
			}
			return tags.nextDouble();
		}
	}
}
