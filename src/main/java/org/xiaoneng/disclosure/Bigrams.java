package org.xiaoneng.disclosure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese text as the search index holds it: no segmenter is available as a PostgreSQL extension, so a run of Han
 * characters is cut into its overlapping pairs (政务公开 → 政务, 务公, 公开), a single character stands for itself, and
 * a run of Latin letters or digits is one lower-case word (docs/decisions/0032).
 */
final class Bigrams {

	private Bigrams() {
	}

	/** The distinct pieces of the text, in the order met. */
	static List<String> of(String text) {
		Set<String> pieces = new LinkedHashSet<>();
		if (text == null) {
			return List.of();
		}
		StringBuilder han = new StringBuilder();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				flushWord(word, pieces);
				han.appendCodePoint(c);
			}
			else if (Character.isLetterOrDigit(c)) {
				flushHan(han, pieces);
				word.appendCodePoint(Character.toLowerCase(c));
			}
			else {
				flushHan(han, pieces);
				flushWord(word, pieces);
			}
		});
		flushHan(han, pieces);
		flushWord(word, pieces);
		return List.copyOf(pieces);
	}

	private static void flushHan(StringBuilder han, Set<String> pieces) {
		int[] chars = han.codePoints().toArray();
		if (chars.length == 1) {
			pieces.add(han.toString());
		}
		for (int i = 0; i + 1 < chars.length; i++) {
			pieces.add(new String(chars, i, 2));
		}
		han.setLength(0);
	}

	private static void flushWord(StringBuilder word, Set<String> pieces) {
		if (!word.isEmpty()) {
			pieces.add(word.toString().toLowerCase(Locale.ROOT));
		}
		word.setLength(0);
	}
}
