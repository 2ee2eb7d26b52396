package org.xiaoneng.evaluation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The survey's stratified random sample, without Spring: reproducible from its seed, by department, nobody twice. */
class SamplingUnitTests {

	private static final Stratum REGISTRATION = new Stratum(1, 10);

	private static final Stratum LICENSING = new Stratum(1, 11);

	private static final Stratum OTHER_UNIT = new Stratum(2, 20);

	private static final Instant MARCH = Instant.parse("2026-03-02T02:00:00Z");

	@Test
	void theSameSeedDrawsTheSameSampleWhateverOrderThePeopleComeIn() {
		List<Contact> people = people(REGISTRATION, 50);
		List<Contact> shuffled = new ArrayList<>(people);
		Collections.reverse(shuffled);

		assertThat(drawn(Sampling.draw(shuffled, 8, 42L), REGISTRATION))
			.isEqualTo(drawn(Sampling.draw(people, 8, 42L), REGISTRATION));
	}

	@Test
	void anotherSeedDrawsAnotherSample() {
		List<Contact> people = people(REGISTRATION, 50);

		assertThat(drawn(Sampling.draw(people, 8, 7L), REGISTRATION))
			.isNotEqualTo(drawn(Sampling.draw(people, 8, 42L), REGISTRATION));
	}

	@Test
	void eachDepartmentIsSampledApartAndASmallOneWhole() {
		List<Contact> people = new ArrayList<>(people(REGISTRATION, 30));
		people.addAll(people(LICENSING, 3));
		people.addAll(people(OTHER_UNIT, 12));

		SurveySample sample = Sampling.draw(people, 5, 1L);

		assertThat(sample.strata()).containsOnlyKeys(REGISTRATION, LICENSING, OTHER_UNIT);
		assertThat(sample.strata().get(REGISTRATION).population()).isEqualTo(30);
		assertThat(sample.strata().get(REGISTRATION).drawn()).hasSize(5).allMatch(c -> c.stratum().equals(REGISTRATION));
		assertThat(sample.strata().get(LICENSING).drawn()).hasSize(3);
		assertThat(sample.strata().get(OTHER_UNIT).drawn()).hasSize(5).doesNotHaveDuplicates();
		assertThat(sample.invited()).isEqualTo(13);
	}

	@Test
	void aPersonServedTwiceIsOnePersonOfTheDepartmentThatServedThemLast() {
		Contact earlier = new Contact("person-a", REGISTRATION, MARCH, "enc-1");
		Contact later = new Contact("person-a", LICENSING, MARCH.plusSeconds(3600), "enc-2");

		SurveySample sample = Sampling.draw(List.of(earlier, later), 5, 1L);

		assertThat(sample.strata()).containsOnlyKeys(LICENSING);
		assertThat(sample.strata().get(LICENSING).drawn()).containsExactly(later);
		assertThat(sample.invited()).isEqualTo(1);
	}

	@Test
	void everyoneOfADepartmentCanBeDrawn() {
		List<Contact> people = people(REGISTRATION, 6);
		Set<String> everDrawn = new HashSet<>();
		for (long seed = 0; seed < 200; seed++) {
			everDrawn.addAll(drawn(Sampling.draw(people, 2, seed), REGISTRATION));
		}

		assertThat(everDrawn).hasSize(6);
	}

	private static List<Contact> people(Stratum stratum, int count) {
		List<Contact> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(new Contact(stratum.departmentId() + "-" + i, stratum, MARCH.plusSeconds(i), "enc"));
		}
		return people;
	}

	private static List<String> drawn(SurveySample sample, Stratum stratum) {
		return sample.strata().get(stratum).drawn().stream().map(Contact::person).collect(Collectors.toList());
	}
}
