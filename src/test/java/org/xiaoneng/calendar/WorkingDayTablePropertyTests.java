package org.xiaoneng.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of deadline arithmetic, for generated start days across the whole supported range and counts up to the
 * largest accepted one. The seed is in each test's name: a failure is replayed by running that seed again.
 */
class WorkingDayTablePropertyTests {

	private static final long SEED = 20261129L;

	private static final WorkingDayTable NATIONAL = WorkingDayTable.shipped();

	/** Start days up to 2045, so that even 3,650 working days stay inside the covered range. */
	private static final int START_DAYS = (int) (LocalDate.of(2045, 12, 31).toEpochDay()
			- WorkingDayTable.FIRST.toEpochDay());

	static Stream<Arguments> startsAndCounts() {
		Random random = new Random(SEED);
		return IntStream.range(0, 400).mapToObj(i -> {
			LocalDate from = WorkingDayTable.FIRST.plusDays(random.nextInt(START_DAYS));
			// mostly the short limits the platform uses, sometimes the longest accepted ones
			int days = random.nextInt(10) == 0 ? random.nextInt(DayCountOutOfRangeException.MAX_DAYS + 1)
					: random.nextInt(61);
			return Arguments.of(from, days);
		});
	}

	@ParameterizedTest(name = "seed 20261129 #{index}: {1} working days from {0}")
	@MethodSource("startsAndCounts")
	void theDeadlineIsAWorkingDayAtExactlyThatManyWorkingDays(LocalDate from, int days) {
		Deadline deadline = NATIONAL.deadline(from, days);

		assertThat(NATIONAL.day(deadline.date()).workingDay()).isTrue();
		if (days > 0) {
			assertThat(NATIONAL.workingDays(from, deadline.date()).days()).isEqualTo(days);
		}
		assertThat(deadline.date()).isAfterOrEqualTo(from);
	}

	@ParameterizedTest(name = "seed 20261129 #{index}: {1} working days from {0}")
	@MethodSource("startsAndCounts")
	void theDeadlineGrowsWithTheCountAndWithTheStart(LocalDate from, int days) {
		Deadline deadline = NATIONAL.deadline(from, days);

		if (days < DayCountOutOfRangeException.MAX_DAYS) {
			LocalDate next = NATIONAL.deadline(from, days + 1).date();
			// from a day off, 0 and 1 working days both end on the next working day; from then on strictly later
			if (days == 0 && !NATIONAL.day(from).workingDay()) {
				assertThat(next).isEqualTo(deadline.date());
			}
			else {
				assertThat(next).isAfter(deadline.date());
			}
		}
		assertThat(NATIONAL.deadline(from.plusDays(1), days).date()).isAfterOrEqualTo(deadline.date());
	}

	@ParameterizedTest(name = "seed 20261129 #{index}: {1} working days from {0}")
	@MethodSource("startsAndCounts")
	void theExplanationCountsExactlyTheWorkingDaysAndSkipsTheRest(LocalDate from, int days) {
		Deadline deadline = NATIONAL.deadline(from, days);

		var explanation = deadline.explanation();
		assertThat(explanation.stream().filter(ExplainedDay::counted).count()).isEqualTo(days);
		assertThat(explanation).allSatisfy(day -> assertThat(day.counted()).isEqualTo(days > 0 && day.kind().working()));
		assertThat(explanation.get(explanation.size() - 1).date()).isEqualTo(deadline.date());
		for (int i = 1; i < explanation.size(); i++) {
			assertThat(explanation.get(i).date()).isEqualTo(explanation.get(i - 1).date().plusDays(1));
		}
	}

	@ParameterizedTest(name = "seed 20261129 #{index}: {1} working days from {0}")
	@MethodSource("startsAndCounts")
	void theNaturalDayDeadlineIsTheFirstWorkingDayOnOrAfterTheLastNaturalDay(LocalDate from, int days) {
		Deadline deadline = NATIONAL.naturalDeadline(from, days);

		LocalDate last = from.plusDays(days);
		assertThat(NATIONAL.day(deadline.date()).workingDay()).isTrue();
		assertThat(deadline.date()).isAfterOrEqualTo(last);
		if (deadline.date().isAfter(last)) {
			// moved only past days off: the deadline is the first working day after the last natural day
			assertThat(NATIONAL.day(last).workingDay()).isFalse();
			assertThat(NATIONAL.workingDays(last, deadline.date()).days()).isEqualTo(1);
		}
	}

	@ParameterizedTest(name = "seed 20261129 #{index}: {1} working days from {0}")
	@MethodSource("startsAndCounts")
	void theStatusIsNormalExactlyUntilTheFirstWarningDayAndNeverNormalAgain(LocalDate from, int days) {
		LocalDate deadline = NATIONAL.deadline(from, Math.min(days, 60)).date();
		DeadlineWarning warning = DeadlineWarning.DEFAULT;

		LocalDate first = NATIONAL.firstWarningDay(from, deadline, warning);

		assertThat(first).isBetween(from, deadline.plusDays(1));
		for (LocalDate day = from; !day.isAfter(deadline.plusDays(2)); day = day.plusDays(1)) {
			assertThat(NATIONAL.status(from, deadline, day, warning) == DeadlineStatus.NORMAL)
				.as("normal on %s", day)
				.isEqualTo(day.isBefore(first));
		}
	}
}
