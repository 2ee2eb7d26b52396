package org.xiaoneng.supervision.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The monthly ranking and its 约谈 flag, as the rule reads, without Spring or a database. */
class RankingUnitTests {

	@Test
	void theHigherOnTimeRateRanksFirst() {
		var ranking = Ranking.of(List.of(month(1, "登记科", 10, 7, 0, 0, 0), month(2, "审批科", 10, 9, 0, 0, 0)));

		assertThat(ranking).extracting(Ranking.Standing::departmentId).containsExactly(2L, 1L);
		assertThat(ranking).extracting(Ranking.Standing::place).containsExactly(1, 2);
		assertThat(ranking.get(0).onTimeRate()).isEqualTo(90.0);
	}

	@Test
	void satisfactionDecidesBetweenEqualOnTimeRatesAndFewerCardsAfterThat() {
		var ranking = Ranking.of(List.of(month(1, "甲科", 4, 4, 10, 8, 0), month(2, "乙科", 4, 4, 10, 9, 3),
				month(3, "丙科", 4, 4, 10, 9, 1)));

		assertThat(ranking).extracting(Ranking.Standing::departmentId).containsExactly(3L, 2L, 1L);
	}

	@Test
	void aDepartmentWithNothingToJudgeIsNotRanked() {
		var ranking = Ranking.of(List.of(month(1, "甲科", 0, 0, 0, 0, 0), month(2, "乙科", 3, 1, 0, 0, 0)));

		assertThat(ranking).extracting(Ranking.Standing::departmentId).containsExactly(2L);
	}

	@Test
	void aDepartmentWithCardsButNoCompletedCaseRanksAfterEveryRate() {
		var ranking = Ranking.of(List.of(month(1, "甲科", 0, 0, 0, 0, 1), month(2, "乙科", 10, 1, 0, 0, 0)));

		assertThat(ranking).extracting(Ranking.Standing::departmentId).containsExactly(2L, 1L);
		assertThat(ranking.get(1).onTimeRate()).isNull();
	}

	@Test
	void aDepartmentLastTwoMonthsRunningIsFlaggedForATalk() {
		var february = Ranking.of(List.of(month(1, "甲科", 10, 9, 0, 0, 0), month(2, "乙科", 10, 5, 0, 0, 0)));
		var march = Ranking.of(List.of(month(1, "甲科", 10, 10, 0, 0, 0), month(2, "乙科", 10, 6, 0, 0, 0),
				month(3, "丙科", 10, 8, 0, 0, 0)));

		assertThat(Ranking.lastTwoMonthsRunning(february, march)).contains(2L);
	}

	@Test
	void lastInOneMonthOnlyIsNoTalk() {
		var february = Ranking.of(List.of(month(1, "甲科", 10, 9, 0, 0, 0), month(2, "乙科", 10, 5, 0, 0, 0)));
		var march = Ranking.of(List.of(month(1, "甲科", 10, 4, 0, 0, 0), month(2, "乙科", 10, 6, 0, 0, 0)));

		assertThat(Ranking.lastTwoMonthsRunning(february, march)).isEmpty();
	}

	@Test
	void aDepartmentRankedAloneIsNotLastOfAnything() {
		var february = Ranking.of(List.of(month(2, "乙科", 10, 5, 0, 0, 0)));
		var march = Ranking.of(List.of(month(2, "乙科", 10, 5, 0, 0, 0)));

		assertThat(Ranking.lastTwoMonthsRunning(february, march)).isEmpty();
	}

	/** Whatever order the months come in, the ranking is the same and its places run 1, 2, 3 … */
	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 42, 2026 })
	void theRankingDoesNotDependOnTheOrderOfItsInput(long seed) {
		Random random = new Random(seed);
		List<Ranking.Month> months = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			int completed = random.nextInt(20);
			int rated = random.nextInt(20);
			months.add(month(i, "科室" + i, completed, completed == 0 ? 0 : random.nextInt(completed + 1), rated,
					rated == 0 ? 0 : random.nextInt(rated + 1), random.nextInt(4)));
		}
		List<Ranking.Month> shuffled = new ArrayList<>(months);
		Collections.shuffle(shuffled, random);

		var ranking = Ranking.of(months);

		assertThat(Ranking.of(shuffled)).isEqualTo(ranking);
		for (int i = 0; i < ranking.size(); i++) {
			assertThat(ranking.get(i).place()).isEqualTo(i + 1);
		}
		for (int i = 1; i < ranking.size(); i++) {
			Double before = ranking.get(i - 1).onTimeRate();
			Double after = ranking.get(i).onTimeRate();
			assertThat(before == null ? after == null : after == null || before >= after).isTrue();
		}
	}

	private static Ranking.Month month(long id, String name, long completed, long onTime, long rated, long satisfied,
			long cards) {
		return new Ranking.Month(id, name, completed, onTime, rated, satisfied, cards);
	}
}
