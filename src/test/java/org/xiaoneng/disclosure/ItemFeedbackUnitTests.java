package org.xiaoneng.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Feedback on an item: its size limit, one answer, and overdue only while unanswered after its answer-by day. */
class ItemFeedbackUnitTests {

	private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");

	private static final LocalDate ANSWER_BY = LocalDate.of(2026, 3, 9);

	@Test
	void feedbackOverTheSizeLimitOrBlankIsRefusedByName() {
		assertThatThrownBy(() -> receive("字".repeat(ItemFeedback.TEXT_MAX + 1)))
			.isInstanceOfSatisfying(DisclosureInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("disclosure.error.feedbackTooLong"));
		assertThatThrownBy(() -> receive("  ")).isInstanceOfSatisfying(DisclosureInputException.class,
				e -> assertThat(e.messageKey()).isEqualTo("disclosure.error.feedbackMissing"));
		assertThat(receive("字".repeat(ItemFeedback.TEXT_MAX)).text()).hasSize(ItemFeedback.TEXT_MAX);
	}

	@Test
	void itIsAnsweredOnceAndIsOverdueOnlyWhileWaitingAfterItsAnswerByDay() {
		ItemFeedback feedback = receive("建议按月公开低保名单的户数");
		assertThat(feedback.overdue(ANSWER_BY)).isFalse();
		assertThat(feedback.overdue(ANSWER_BY.plusDays(1))).isTrue();

		assertThatThrownBy(() -> feedback.answer(" ", "编辑甲", MONDAY)).isInstanceOf(DisclosureInputException.class);
		feedback.answer("已按月公开户数和金额。", "编辑甲", MONDAY);
		assertThat(feedback.overdue(ANSWER_BY.plusDays(1))).isFalse();
		assertThatThrownBy(() -> feedback.answer("再答一次", "编辑乙", MONDAY))
			.isInstanceOfSatisfying(DisclosureInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("disclosure.error.feedbackAnswered"));
		assertThat(feedback.answer()).isEqualTo("已按月公开户数和金额。");
	}

	private static ItemFeedback receive(String text) {
		ItemFeedback feedback = ItemFeedback.receive(1L, 2L, new NewFeedback(text, "张三", "0851-12345", true), MONDAY,
				ANSWER_BY);
		feedback.saved(7L);
		return feedback;
	}
}
