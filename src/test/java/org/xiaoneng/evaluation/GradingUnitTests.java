package org.xiaoneng.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The team's 优秀 by hand: the quota (20 %, 25 % with approval) and the block after an accountability decision. */
class GradingUnitTests {

	private final Grading grading = new Grading(EvaluationSettings.defaults());

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
	void aBlockedPersonCannotBeMadeExcellentByHand() {
		assertThatThrownBy(() -> grading.requireRoomForExcellent("问责决定: 通报批评", 0, 5, false))
			.isInstanceOfSatisfying(ExcellentBlockedException.class,
					refused -> assertThat(refused.arguments()).containsExactly("问责决定: 通报批评"));
	}
}
