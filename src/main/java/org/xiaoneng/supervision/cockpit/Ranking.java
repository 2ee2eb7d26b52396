package org.xiaoneng.supervision.cockpit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The monthly ranking of a unit's departments (or windows): the higher on-time completion rate first, then the higher
 * 好评率, then the fewer cards, then the name. Only those with something to judge are ranked (a completed or rated case,
 * or a card); a rate without a case to count comes after every rate. A department last two months running is flagged
 * for a talk (约谈) with the leader.
 */
final class Ranking {

	private static final Comparator<Double> HIGHER_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

	private static final Comparator<Standing> ORDER = Comparator.comparing(Standing::onTimeRate, HIGHER_FIRST)
		.thenComparing(Standing::satisfactionRate, HIGHER_FIRST)
		.thenComparingLong(Standing::cards)
		.thenComparing(Standing::name);

	private Ranking() {
	}

	/**
	 * What one department did in a month.
	 *
	 * @param departmentId the department
	 * @param name what it is called on pages
	 * @param completed cases completed
	 * @param onTime of which on or before their deadline
	 * @param rated cases rated
	 * @param satisfied of which 好评
	 * @param cards cards issued that stand (not revoked, not cancelled)
	 */
	record Month(long departmentId, String name, long completed, long onTime, long rated, long satisfied, long cards) {
	}

	/**
	 * A department's place in the month's ranking.
	 *
	 * @param place 1 for the first
	 * @param onTimeRate on-time completions in per cent, or {@code null} when it completed nothing
	 * @param satisfactionRate 好评率 in per cent, or {@code null} when nothing was rated
	 */
	record Standing(int place, long departmentId, String name, long completed, Double onTimeRate, long rated,
			Double satisfactionRate, long cards) {
	}

	static List<Standing> of(List<Month> months) {
		List<Standing> unplaced = months.stream()
			.filter(month -> month.completed() > 0 || month.rated() > 0 || month.cards() > 0)
			.map(month -> new Standing(0, month.departmentId(), month.name(), month.completed(),
					Rates.percent(month.onTime(), month.completed()), month.rated(),
					Rates.percent(month.satisfied(), month.rated()), month.cards()))
			.sorted(ORDER)
			.toList();
		return java.util.stream.IntStream.range(0, unplaced.size()).mapToObj(index -> {
			Standing s = unplaced.get(index);
			return new Standing(index + 1, s.departmentId(), s.name(), s.completed(), s.onTimeRate(), s.rated(),
					s.satisfactionRate(), s.cards());
		}).toList();
	}

	/**
	 * The department to be invited for a talk: last in both months' rankings, each of which ranked at least two (a
	 * department alone is not last of anything).
	 */
	static Optional<Long> lastTwoMonthsRunning(List<Standing> earlier, List<Standing> later) {
		if (earlier.size() < 2 || later.size() < 2) {
			return Optional.empty();
		}
		long lastBefore = earlier.get(earlier.size() - 1).departmentId();
		long lastNow = later.get(later.size() - 1).departmentId();
		return lastBefore == lastNow ? Optional.of(lastNow) : Optional.empty();
	}
}
