package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Ranks, grades, the 优秀 quota (20 %, 25 % with approval) and the block after an accountability decision. */
class GradingUnitTests {

	private final Grading grading = new Grading(EvaluationSettings.defaults());

	@Test
	void ofAHundredExcellentTotalsOnlyTheBestTwentyAreExcellent() {
		List<Grading.Graded> graded = grading.grade(hundredAbove90(), false);

		assertThat(graded.stream().filter(g -> g.grade() == Grade.EXCELLENT)).hasSize(20);
		assertThat(graded.get(0).rank()).isEqualTo(1);
		assertThat(graded.get(20).grade()).isEqualTo(Grade.COMPETENT);
	}

	@Test
	void theLeadersApprovalWidensTheQuotaToTwentyFive() {
		assertThat(grading.grade(hundredAbove90(), true).stream().filter(g -> g.grade() == Grade.EXCELLENT))
			.hasSize(25);
	}

	@Test
	void aTwentyFirstExcellentOfAHundredIsRefusedWithoutApproval() {
		assertThatThrownBy(() -> grading.requireRoomForExcellent(null, 20, 100, false))
			.isInstanceOfSatisfying(ExcellentQuotaExceededException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("evaluation.error.quotaFullWithoutApproval");
				assertThat(refused.arguments()).containsExactly(20, 20, 100, 20);
			});
		grading.requireRoomForExcellent(null, 20, 100, true);
	}

	@Test
	void aBlockedPersonIsNotExcellentWhateverTheirTotalAndTheNextTakesThePlace() {
		List<Grading.Candidate> pool = new ArrayList<>();
		pool.add(new Grading.Candidate(1, 99, "问责决定: 通报批评"));
		for (int i = 2; i <= 5; i++) {
			pool.add(new Grading.Candidate(i, 95 - i, null));
		}
		List<Grading.Graded> graded = grading.grade(pool, false);

		assertThat(graded.get(0)).isEqualTo(new Grading.Graded(1, 1, Grade.COMPETENT));
		assertThat(graded.get(1)).isEqualTo(new Grading.Graded(2, 2, Grade.EXCELLENT));
		assertThatThrownBy(() -> grading.requireRoomForExcellent("问责决定: 通报批评", 0, 5, false))
			.isInstanceOfSatisfying(ExcellentBlockedException.class,
					refused -> assertThat(refused.arguments()).containsExactly("问责决定: 通报批评"));
	}

	@Test
	void totalsBelowTheThresholdsFallToTheLowerGradesAndEqualTotalsShareARank() {
		List<Grading.Graded> graded = grading.grade(List.of(new Grading.Candidate(1, 75, null),
				new Grading.Candidate(2, 75, null), new Grading.Candidate(3, 65, null),
				new Grading.Candidate(4, 40, null)), false);

		assertThat(graded).extracting(Grading.Graded::rank).containsExactly(1, 1, 3, 4);
		assertThat(graded).extracting(Grading.Graded::grade).containsExactly(Grade.COMPETENT, Grade.COMPETENT,
				Grade.BASICALLY_COMPETENT, Grade.INCOMPETENT);
	}

	private static List<Grading.Candidate> hundredAbove90() {
		List<Grading.Candidate> pool = new ArrayList<>();
		for (int i = 1; i <= 100; i++) {
			pool.add(new Grading.Candidate(i, 100 - i * 0.05, null));
		}
		return pool;
	}
}
