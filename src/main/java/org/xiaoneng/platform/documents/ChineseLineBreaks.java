package org.xiaoneng.platform.documents;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break: between any two hanzi, as OpenPDF allows, except that closing punctuation
 * never starts a line and opening punctuation never ends one (GB/T 15834-2011 标点符号用法, 避头尾).
 */
final class ChineseLineBreaks extends DefaultSplitCharacter {

	static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

	private static final String NEVER_STARTS_A_LINE = "，。、；：？！）》」』】〕〗〉”’…%‰,.;:?!)]}）］｝％";

	private static final String NEVER_ENDS_A_LINE = "（《「『【〔〖〈“‘([{（［｛";

	private static final char FULL_WIDTH_FIRST = '\uFF01';

	private static final char FULL_WIDTH_LAST = '\uFF60';

	private ChineseLineBreaks() {
	}

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
		char character = getCurrentCharacter(current, cc, ck);
		if (NEVER_ENDS_A_LINE.indexOf(character) >= 0) {
			return false;
		}
		if (current + 1 < end && NEVER_STARTS_A_LINE.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
			return false;
		}
		// OpenPDF's own rule leaves out the full-width forms (，：；！？）), after which a line may break as well.
		return character >= FULL_WIDTH_FIRST && character <= FULL_WIDTH_LAST
				|| super.isSplitCharacter(start, current, end, cc, ck);
	}
}
