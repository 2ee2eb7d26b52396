package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The card's own rules, without Spring or a database. */
class CardUnitTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final long HANDLER = 11;

	private static final long HEAD = 12;

	private static final long LEADER = 13;

	@Test
	void anIssuedCardTellsItsHolderWhenFeedbackIsDue() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		assertThat(card.state()).isEqualTo(CardState.ISSUED);
		assertThat(card.drainEvents()).singleElement()
			.isEqualTo(new CardIssued(7, "CASE_DUE_TODAY", 1, CardColour.YELLOW, ObjectType.CASE, 42, 1, 2L, HANDLER,
					TODAY.plusDays(2)));
	}

	@Test
	void aCardIsIssuedOnlyOnce() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		assertThatThrownBy(() -> card.issue(TODAY, NOW)).isInstanceOf(CardStateException.class);
	}

	@Test
	void onlyAPendingCardIsCancelledWhenItsCauseVanishes() {
		Card pending = raised(Rule.REFUSAL_FOUND_WRONG);
		pending.cancel(NOW);
		assertThat(pending.state()).isEqualTo(CardState.CANCELLED);

		Card issued = issued(Rule.CASE_OVERDUE);
		assertThatThrownBy(() -> issued.cancel(NOW)).isInstanceOf(CardStateException.class);
	}

	@Test
	void someoneElseCannotWriteTheHoldersFeedback() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		assertThatThrownBy(() -> card.answer(HEAD, "已整改", TODAY, NOW)).isInstanceOf(NotTheHolderException.class);
		assertThat(card.state()).isEqualTo(CardState.ISSUED);
	}

	@Test
	void feedbackAfterItsDeadlineIsRefused() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		assertThatThrownBy(() -> card.answer(HANDLER, "已整改", TODAY.plusDays(3), NOW))
			.isInstanceOf(FeedbackPeriodOverException.class);
		assertThat(card.state()).isEqualTo(CardState.ISSUED);
	}

	@Test
	void blankFeedbackIsRefused() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		assertThatThrownBy(() -> card.answer(HANDLER, "  ", TODAY, NOW))
			.isInstanceOf(WrittenTextRequiredException.class);
	}

	@Test
	void theHoldersFeedbackInTimeAnswersTheCardAndASupervisorClosesIt() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		card.answer(HANDLER, " 已于当日办结 ", TODAY.plusDays(2), NOW);
		assertThat(card.state()).isEqualTo(CardState.ANSWERED);
		assertThat(card.feedback()).isEqualTo("已于当日办结");

		card.close(NOW);
		assertThat(card.state()).isEqualTo(CardState.CLOSED);
	}

	@Test
	void aMissedFeedbackDeadlineRaisesAWarningToAYellowCardForTheSameHolder() {
		Card card = issued(Rule.CASE_DEADLINE_NEAR);
		card.drainEvents();

		card.feedbackMissed(TODAY.plusDays(4), HEAD, TODAY.plusDays(8));

		assertThat(card.colour()).isEqualTo(CardColour.YELLOW);
		assertThat(card.holderStaffId()).isEqualTo(HANDLER);
		assertThat(card.drainEvents()).containsExactly(
				new FeedbackOverdue(7, "CASE_DEADLINE_NEAR", 1, 2L, HANDLER, TODAY.plusDays(3)),
				new CardEscalated(7, "CASE_DEADLINE_NEAR", CardColour.YELLOW, Responsible.HANDLER, 1, 2L, HANDLER,
						TODAY.plusDays(8)));
	}

	@Test
	void aRedCardWhoseFeedbackIsMissedPassesToTheDepartmentHeadThenTheLeader() {
		Card card = issued(Rule.CASE_OVERDUE);
		assertThat(card.nextLevel()).isEqualTo(Responsible.DEPARTMENT_HEAD);

		card.feedbackMissed(TODAY.plusDays(3), HEAD, TODAY.plusDays(5));
		assertThat(card.holderStaffId()).isEqualTo(HEAD);
		assertThat(card.nextLevel()).isEqualTo(Responsible.OVERSEEING_LEADER);

		card.feedbackMissed(TODAY.plusDays(6), LEADER, TODAY.plusDays(8));
		assertThat(card.holderStaffId()).isEqualTo(LEADER);
		assertThat(card.holderLevel()).isEqualTo(Responsible.OVERSEEING_LEADER);

		card.feedbackMissed(TODAY.plusDays(9), null, TODAY.plusDays(11));
		assertThat(card.holderStaffId()).isEqualTo(LEADER);
		assertThat(card.feedbackDue()).as("nobody above the leader: no new deadline to miss").isNull();
	}

	@Test
	void feedbackIsNotMissedBeforeItsDeadlineHasPassed() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		assertThatThrownBy(() -> card.feedbackMissed(TODAY.plusDays(2), HEAD, TODAY.plusDays(4)))
			.isInstanceOf(CardStateException.class);
	}

	@Test
	void onlyTheHolderAppealsAndOnlyWithinThePeriod() {
		Card card = issued(Rule.CASE_DUE_TODAY);

		assertThatThrownBy(() -> card.requireAppealable(HEAD, TODAY, TODAY.plusDays(5)))
			.isInstanceOf(NotTheHolderException.class);
		assertThatThrownBy(() -> card.requireAppealable(HANDLER, TODAY.plusDays(6), TODAY.plusDays(5)))
			.isInstanceOf(AppealPeriodOverException.class);
		card.requireAppealable(HANDLER, TODAY.plusDays(5), TODAY.plusDays(5));
	}

	@Test
	void aRevokedCardCannotBeRevokedAgainNorAnswered() {
		Card card = issued(Rule.CASE_DUE_TODAY);
		card.drainEvents();

		assertThat(card.revoke("supervisor", NOW)).isEqualTo(
				new CardRevoked(7, "CASE_DUE_TODAY", CardColour.YELLOW, 1, 2L, HANDLER, "supervisor"));
		assertThat(card.state()).isEqualTo(CardState.REVOKED);
		assertThatThrownBy(() -> card.revoke("supervisor", NOW)).isInstanceOf(CardStateException.class);
		assertThatThrownBy(() -> card.answer(HANDLER, "x", TODAY, NOW)).isInstanceOf(CardStateException.class);
	}

	private static Card raised(Rule rule) {
		Card card = Card.raise(rule, Rule.BUILT_IN_VERSION,
				new CardSubject(ObjectType.CASE, 42, 0, "县发改〔2026〕1号", 1, 2L), HANDLER, "逾期", NOW);
		card.saved(7);
		return card;
	}

	private static Card issued(Rule rule) {
		Card card = raised(rule);
		card.issue(TODAY.plusDays(rule == Rule.CASE_DEADLINE_NEAR ? 3 : 2), NOW);
		return card;
	}
}
