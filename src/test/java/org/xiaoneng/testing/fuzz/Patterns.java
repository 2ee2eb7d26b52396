package org.xiaoneng.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Writes a string that matches a schema's {@code pattern}, for the regular expressions that bean validation
 * constraints use: literals, escapes ({@code \d \w \s}), character classes with ranges, groups with alternatives and
 * the quantifiers {@code ? * + {n} {n,m}}. Anything else (negated classes, look-arounds, back references) gives
 * {@code null}, and so does a result that does not match after all: the caller then writes plain text.
 */
final class Patterns {

	private final String regex;

	private final Random random;

	private int position;

	private Patterns(String regex, Random random) {
		this.regex = regex;
		this.random = random;
	}

	static String generate(String regex, Random random) {
		try {
			String result = new Patterns(regex, random).alternatives();
			return result != null && Pattern.compile(regex).matcher(result).find() ? result : null;
		}
		catch (RuntimeException unsupported) {
			return null;
		}
	}

	private String alternatives() {
		List<String> options = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		while (position < regex.length() && regex.charAt(position) != ')') {
			char c = regex.charAt(position);
			if (c == '|') {
				options.add(current.toString());
				current.setLength(0);
				position++;
				continue;
			}
			if (c == '^' || c == '$') {
				position++;
				continue;
			}
			List<String> atom = atom();
			String repeated = quantified(atom);
			current.append(repeated);
		}
		options.add(current.toString());
		return options.get(random.nextInt(options.size()));
	}

	/** The choices of one atom: a literal, a class, or a group (generated once per repetition). */
	private List<String> atom() {
		char c = regex.charAt(position++);
		switch (c) {
			case '(' -> {
				if (regex.startsWith("?:", position)) {
					position += 2;
				}
				else if (regex.charAt(position) == '?') {
					throw new IllegalArgumentException("look-around");
				}
				int start = position;
				String once = alternatives();
				expect(')');
				int end = position;
				return List.of("\u0000group", Integer.toString(start), Integer.toString(end), once);
			}
			case '[' -> {
				return characterClass();
			}
			case '\\' -> {
				return escape(regex.charAt(position++));
			}
			case '.' -> {
				return List.of("a", "b", "1", "中");
			}
			default -> {
				return List.of(String.valueOf(c));
			}
		}
	}

	private String quantified(List<String> atom) {
		int min = 1;
		int max = 1;
		if (position < regex.length()) {
			char q = regex.charAt(position);
			if (q == '?' || q == '*' || q == '+') {
				position++;
				min = q == '+' ? 1 : 0;
				max = q == '?' ? 1 : min + 3;
			}
			else if (q == '{') {
				int close = regex.indexOf('}', position);
				String[] bounds = regex.substring(position + 1, close).split(",", -1);
				min = Integer.parseInt(bounds[0].trim());
				max = bounds.length == 1 ? min : bounds[1].isBlank() ? min + 3 : Integer.parseInt(bounds[1].trim());
				position = close + 1;
			}
		}
		int times = min + random.nextInt(max - min + 1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < times; i++) {
			out.append(choose(atom));
		}
		return out.toString();
	}

	private String choose(List<String> atom) {
		if (atom.size() == 4 && "\u0000group".equals(atom.get(0))) {
			// a group repeated: generate it afresh from its source each time
			int saved = position;
			position = Integer.parseInt(atom.get(1));
			String again = alternatives();
			position = saved;
			return again;
		}
		return atom.get(random.nextInt(atom.size()));
	}

	private List<String> characterClass() {
		if (regex.charAt(position) == '^') {
			throw new IllegalArgumentException("negated class");
		}
		List<String> members = new ArrayList<>();
		while (regex.charAt(position) != ']') {
			char c = regex.charAt(position++);
			if (c == '\\') {
				members.addAll(escape(regex.charAt(position++)));
				continue;
			}
			if (position + 1 < regex.length() && regex.charAt(position) == '-' && regex.charAt(position + 1) != ']') {
				char last = regex.charAt(position + 1);
				position += 2;
				for (char member = c; member <= last; member++) {
					members.add(String.valueOf(member));
				}
				continue;
			}
			members.add(String.valueOf(c));
		}
		position++;
		return members;
	}

	private static List<String> escape(char c) {
		return switch (c) {
			case 'd' -> List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
			case 'w' -> List.of("a", "Z", "5", "_");
			case 's' -> List.of(" ");
			case 'D', 'W', 'S', 'b', 'B', 'p', 'P', 'u', 'x', '1', '2', '3' -> throw new IllegalArgumentException("escape");
			default -> List.of(String.valueOf(c));
		};
	}

	private void expect(char c) {
		if (position >= regex.length() || regex.charAt(position) != c) {
			throw new IllegalArgumentException("expected " + c);
		}
		position++;
	}
}
