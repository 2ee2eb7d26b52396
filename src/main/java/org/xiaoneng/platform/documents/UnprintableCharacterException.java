package org.xiaoneng.platform.documents;

/**
 * A notice holds a character that the embedded font cannot draw. Refusing it is better than printing an official
 * notice with a character silently missing from, say, the applicant's name.
 */
public class UnprintableCharacterException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final int codePoint;

	// The message names the character only: the text around it may be personal data that must not reach a log.
	UnprintableCharacterException(int codePoint) {
		super("Cannot print U+%04X: the embedded font has no glyph for it".formatted(codePoint));
		this.codePoint = codePoint;
	}

	/** The Unicode code point that cannot be printed, for a message telling the user which character to replace. */
	public int codePoint() {
		return this.codePoint;
	}
}
