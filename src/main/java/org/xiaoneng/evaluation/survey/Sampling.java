package org.xiaoneng.evaluation.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The survey's sampling rule: a stratified simple random sample without replacement, drawn reproducibly from a
 * recorded seed. Everything that decides the draw is put in a fixed order first (people by their digest, strata by
 * unit and department) and {@link Random} is a generator whose sequence for a seed is fixed by its specification,
 * so the same seed over the same people draws the same sample on any node and any Java version.
 */
final class Sampling {

	private static final Comparator<Contact> LATEST_FIRST = Comparator.comparing(Contact::at)
		.reversed()
		.thenComparing(Contact::stratum);

	private Sampling() {
	}

	/**
	 * Draws up to {@code perStratum} people from each stratum. A person served by several departments belongs to the
	 * one that served them last, so that nobody is invited twice and each answer speaks of one department.
	 */
	static SurveySample draw(Collection<Contact> contacts, int perStratum, long seed) {
		if (perStratum < 1) {
			throw new IllegalArgumentException("a stratum's sample has one person at least");
		}
		Map<String, Contact> latest = new HashMap<>();
		for (Contact contact : contacts) {
			latest.merge(contact.person(), contact, (a, b) -> LATEST_FIRST.compare(a, b) <= 0 ? a : b);
		}
		TreeMap<Stratum, List<Contact>> byStratum = new TreeMap<>();
		latest.values().forEach(c -> byStratum.computeIfAbsent(c.stratum(), s -> new ArrayList<>()).add(c));
		Random random = new Random(seed);
		TreeMap<Stratum, SurveySample.Draw> strata = new TreeMap<>();
		byStratum.forEach((stratum, people) -> {
			people.sort(Comparator.comparing(Contact::person));
			int n = Math.min(perStratum, people.size());
			// the first n places of a Fisher–Yates shuffle (Knuth, TAOCP vol. 2, 3.4.2, algorithm P): each set of n
			// people equally likely
			for (int i = 0; i < n; i++) {
				int j = i + random.nextInt(people.size() - i);
				Contact chosen = people.get(j);
				people.set(j, people.get(i));
				people.set(i, chosen);
			}
			strata.put(stratum, new SurveySample.Draw(people.size(), List.copyOf(people.subList(0, n))));
		});
		return new SurveySample(strata);
	}
}
