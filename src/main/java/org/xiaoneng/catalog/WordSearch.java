package org.xiaoneng.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The public search by the words people use. Each word of the query (split at spaces) must be found in the item; a
 * word is also looked for as what the catalogue calls it when a synonym's word is part of it (开饭店 → 食品经营许可,
 * also in 我要开饭店). Where a word is found ranks the item, best first: its name or code, its keywords and other
 * names, the catalogue's name for the word in the item's name, its life event, the catalogue's name in its keywords,
 * and last its materials (营业执照 is a material of many items and the name of few). An item ranks by its worst word.
 */
final class WordSearch {

	/** Ranks of where a word is found, for the word itself and for the catalogue's name of it. */
	private static final int NAME = 0;

	private static final int TERM = 1;

	private static final int SYNONYM_IN_NAME = 2;

	private static final int LIFE_EVENT = 3;

	private static final int SYNONYM_IN_TERM = 4;

	private static final int MATERIAL = 5;

	/** For each word of the query: the word itself first, then what the catalogue calls it. */
	private final List<List<String>> words;

	private WordSearch(List<List<String>> words) {
		this.words = words;
	}

	/** The search for a keyword (blank: everything) with the synonyms on record. */
	static WordSearch of(String keyword, List<Synonym> synonyms) {
		if (keyword == null || keyword.isBlank()) {
			return new WordSearch(List.of());
		}
		List<List<String>> words = new ArrayList<>();
		for (String word : normal(keyword).split("\\s+")) {
			List<String> forms = new ArrayList<>();
			forms.add(word);
			synonyms.stream()
				.filter(s -> word.contains(normal(s.word())))
				.map(s -> normal(s.meaning()))
				.filter(meaning -> !forms.contains(meaning))
				.forEach(forms::add);
			words.add(List.copyOf(forms));
		}
		return new WordSearch(List.copyOf(words));
	}

	boolean isEmpty() {
		return words.isEmpty();
	}

	/** The item's rank (smaller is better), or empty when a word of the query is not found in it. */
	OptionalInt rank(ServiceItem item, List<ItemTerm> terms) {
		List<String> names = lower(Stream.of(item.name(), item.implementationCode(), item.basicCode()));
		List<String> keywords = lower(terms.stream().filter(t -> t.kind() != TermKind.LIFE_EVENT).map(ItemTerm::term));
		List<String> events = lower(terms.stream().filter(t -> t.kind() == TermKind.LIFE_EVENT).map(ItemTerm::term));
		List<String> materials = lower(item.materials().stream().map(Material::name));
		int worst = NAME;
		for (List<String> forms : words) {
			int best = Integer.MAX_VALUE;
			for (int i = 0; i < forms.size(); i++) {
				boolean own = i == 0;
				String form = forms.get(i);
				if (found(names, form)) {
					best = Math.min(best, own ? NAME : SYNONYM_IN_NAME);
				}
				else if (found(keywords, form)) {
					best = Math.min(best, own ? TERM : SYNONYM_IN_TERM);
				}
				else if (found(events, form)) {
					best = Math.min(best, LIFE_EVENT);
				}
				else if (found(materials, form)) {
					best = Math.min(best, MATERIAL);
				}
			}
			if (best == Integer.MAX_VALUE) {
				return OptionalInt.empty();
			}
			worst = Math.max(worst, best);
		}
		return OptionalInt.of(worst);
	}

	private static boolean found(List<String> texts, String word) {
		return texts.stream().anyMatch(text -> text.contains(word));
	}

	private static List<String> lower(Stream<String> texts) {
		return texts.filter(t -> t != null).map(WordSearch::normal).toList();
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}
}
